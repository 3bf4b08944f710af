import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { tokenEntropy } from '../../src/index.js';
import { assertJsonLine, run } from './helpers.js';

const BIN = resolve('dist/cli.cjs');

test('token: default, hex, bytes, count', async () => {
  let r = await run(['token']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^[A-Za-z0-9_-]{43}\n$/);
  r = await run(['token', '--hex', '--bytes', '16', '--count', '3']);
  assert.match(r.out, /^([0-9a-f]{32}\n){3}$/);
  r = await run(['token', '--bytes=0']);
  assert.equal(r.out, '\n');
  r = await run(['token', '--count', '0']);
  assert.equal(r.out, '');
});

test('--json lines follow the documented shape with exact entropy', async () => {
  const r = await run(['token', '--bytes', '16', '--count', '4', '--json']);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 4);
  for (const line of lines) {
    const o = assertJsonLine(line);
    // 22 uniform base64url symbols: 132 bits, exactly what tokenEntropy says.
    assert.equal(o.entropyBits, tokenEntropy({ bytes: 16 }).bits);
    assert.equal(o.entropyBits, 132);
    assert.match(o.value, /^[A-Za-z0-9_-]{22}$/);
  }
  const i = assertJsonLine((await run(['int', '1024', '--json'])).out.trim());
  assert.equal(i.entropyBits, 10);
});

test('int: bigint bounds and errors', async () => {
  const r = await run(['int', '1000000000000000000000000000000', '--count', '20']);
  for (const line of r.out.trim().split('\n')) assert.ok(BigInt(line) >= 0n && BigInt(line) < 10n ** 30n);
  assert.equal((await run(['int', '0'])).code, 2);
  assert.equal((await run(['int', 'x'])).code, 2);
  assert.equal((await run(['int'])).code, 2);
});

test('choice: from arguments and from stdin lines', async () => {
  let r = await run(['choice', 'a', 'b', '--count', '50']);
  assert.ok(
    r.out
      .trim()
      .split('\n')
      .every((x) => x === 'a' || x === 'b'),
  );
  r = await run(['choice', '--count', '30'], { stdin: 'x\r\ny\nz' });
  assert.ok(
    r.out
      .trim()
      .split('\n')
      .every((x) => ['x', 'y', 'z'].includes(x)),
  );
  r = await run(['choice'], { stdinIsTTY: true });
  assert.equal(r.code, 2);
});

test('--unique never repeats and refuses up front when the space is too small', async () => {
  const r = await run(['int', '50', '--count', '50', '--unique']);
  assert.equal(r.code, 0);
  assert.equal(new Set(r.out.trim().split('\n')).size, 50);
  const bad = await run(['int', '4', '--count', '5', '--unique']);
  assert.equal(bad.code, 2);
  assert.equal(bad.out, '');
  assert.match(bad.err, /--unique: cannot make 5 distinct results from a space of only 4/);
});

test('bad input: exit 2, one line naming the flag, no stack trace', async () => {
  for (const argv of [
    ['token', '--bogus'],
    ['token', '--bytes', '-1'],
    ['token', '--bytes'],
    ['token', '--count', '1.5'],
    ['nope'],
    ['token', '--hex=1'],
  ]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
    assert.ok(!/\n\s+at /.test(r.err), 'stack trace printed');
  }
  assert.match((await run(['token', '--bogus'])).err, /--bogus/);
  assert.match((await run(['token', '--bytes', 'x'])).err, /--bytes/);
});

test('--help for every command, with examples, and --version', async () => {
  const top = await run(['--help']);
  assert.equal(top.code, 0);
  const names = [...top.out.matchAll(/^ {2}(\w+) {2,}/gm)].map((m) => m[1]!);
  assert.ok(names.length >= 3);
  for (const name of names) {
    const h = await run([name, '--help']);
    assert.equal(h.code, 0);
    assert.match(h.out, /Examples:\n {2}secrets-ts /);
  }
  assert.match((await run(['--version'])).out, /^\d+\.\d+\.\d+/);
});

test('progress goes to stderr only on a TTY and only for long jobs', async () => {
  let t = 0;
  const clock = () => (t += 200);
  const tty = await run(['token', '--count', '20000'], { stderrIsTTY: true, clock });
  assert.match(tty.err, /%/);
  const piped = await run(['token', '--count', '20000'], { stderrIsTTY: false, clock });
  assert.equal(piped.err, '');
  const short = await run(['token', '--count', '20000'], { stderrIsTTY: true, clock: () => 0 });
  assert.equal(short.err, '');
});

test('the built bin: exit codes, stdin, and quiet EPIPE', async () => {
  assert.match(execFileSync(process.execPath, [BIN, 'token'], { encoding: 'utf8' }), /^[A-Za-z0-9_-]{43}\n$/);
  const bad = spawnSync(process.execPath, [BIN, 'token', '--bytes', 'x'], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^secrets-ts: token: --bytes needs a whole number/);
  const lines = Array.from({ length: 200_000 }, (_, i) => `item${i}`).join('\n');
  const picked = spawnSync(process.execPath, [BIN, 'choice', '--count', '3'], { input: lines, encoding: 'utf8' });
  assert.equal(picked.status, 0);
  assert.ok(
    picked.stdout
      .trim()
      .split('\n')
      .every((x) => /^item\d+$/.test(x)),
  );
  // Piping into `head`: the reader closes early; the CLI must end quietly with status 0.
  const child = spawn('sh', ['-c', `"${process.execPath}" "${BIN}" token --count 5000000 | head -n 2`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const status = await new Promise((r) => child.on('close', r));
  assert.equal(status, 0);
  assert.equal(out.trim().split('\n').length, 2);
  assert.equal(err, '');
});

test('a real pseudo-terminal shows the progress bar; a pipe does not', () => {
  const cmd = `SECRETS_TS_PROGRESS_MS=0 "${process.execPath}" "${BIN}" token --count 300000 > /dev/null`;
  const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8' });
  assert.equal(tty.status, 0, tty.stderr);
  assert.match(tty.stdout, /\d+%/);
  const piped = spawnSync('sh', ['-c', cmd], { encoding: 'utf8' });
  assert.equal(piped.stderr, '');
});

test('otp: RFC vectors for code, verify with exit status, secret with a canonical URI', async () => {
  const rfc = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"
  assert.equal((await run(['otp', 'code', rfc, '--time', '59', '--digits', '8'])).out, '94287082\n');
  assert.equal((await run(['otp', 'code', rfc, '--counter', '0'])).out, '755224\n');
  assert.equal((await run(['otp', 'code', rfc, '--counter', '9'])).out, '520489\n');
  const ok = await run(['otp', 'verify', rfc, '94287082', '--time', '89', '--digits', '8']);
  assert.equal(ok.code, 0);
  assert.match(ok.out, /^valid \(step 1, delta -1\)/);
  const late = await run(['otp', 'verify', rfc, '94287082', '--time', '119', '--digits', '8']);
  assert.equal(late.code, 1);
  assert.match(late.out, /^invalid: mismatch/);
  assert.equal((await run(['otp', 'verify', rfc, '755224', '--counter', '0'])).code, 0);
  const s = await run(['otp', 'secret', '--account', 'alice@example.com', '--issuer', 'ACME', '--json']);
  const o = JSON.parse(s.out) as { value: string; uri: string; entropyBits: number };
  assert.match(o.value, /^[A-Z2-7]{32}$/);
  assert.equal(o.entropyBits, 160);
  assert.equal(
    o.uri,
    `otpauth://totp/ACME:alice%40example.com?secret=${o.value}&issuer=ACME&algorithm=SHA1&digits=6&period=30`,
  );
  for (const bad of [
    ['otp'],
    ['otp', 'code'],
    ['otp', 'code', rfc, '--algorithm', 'MD5'],
    ['otp', 'verify', rfc, '1', '--window', 'x'],
  ]) {
    assert.equal((await run(bad)).code, 2, bad.join(' '));
  }
});

test('int START STOP [STEP] is randrange, with bigint bounds and exact entropy', async () => {
  const r = await run(['int', '0', '100', '5', '--count', '200']);
  for (const line of r.out.trim().split('\n'))
    assert.ok(Number(line) % 5 === 0 && Number(line) < 100 && Number(line) >= 0);
  const neg = await run(['int', '10', '0', '-2', '--count', '100']);
  assert.deepEqual([...new Set(neg.out.trim().split('\n'))].sort(), ['10', '2', '4', '6', '8']);
  const big = await run(['int', '-100000000000000000000', '100000000000000000000', '7', '--json']);
  const o = assertJsonLine(big.out.trim());
  assert.equal((BigInt(o.value) + 100000000000000000000n) % 7n, 0n);
  assert.ok(Math.abs(o.entropyBits - Math.log2(2e20 / 7)) < 1e-9);
  for (const bad of [
    ['int', '5', '5'],
    ['int', '0', '10', '0'],
    ['int', '1', '2', '3', '4'],
  ])
    assert.equal((await run(bad)).code, 2);
});

test('shuffle and sample: permutations of the input, exact entropy', async () => {
  const r = await run(['shuffle', 'a', 'b', 'c', 'd']);
  assert.deepEqual(r.out.trim().split('\n').sort(), ['a', 'b', 'c', 'd']);
  const j = JSON.parse((await run(['shuffle', 'x', 'x', 'y', '--json'])).out) as {
    value: string[];
    entropyBits: number;
  };
  assert.deepEqual([...j.value].sort(), ['x', 'x', 'y']);
  assert.ok(Math.abs(j.entropyBits - Math.log2(3)) < 1e-12, 'three distinct arrangements of x x y');
  const lines = Array.from({ length: 50 }, (_, i) => `n${i}`).join('\n');
  const s = await run(['sample', '5'], { stdin: lines });
  const picked = s.out.trim().split('\n');
  assert.equal(picked.length, 5);
  assert.equal(new Set(picked).size, 5);
  const sj = JSON.parse((await run(['sample', '2', 'a', 'b', 'c', '--json'])).out) as { entropyBits: number };
  assert.ok(Math.abs(sj.entropyBits - Math.log2(6)) < 1e-12);
  assert.equal((await run(['sample', '4', 'a', 'b', 'c'])).code, 2);
  assert.equal((await run(['sample'])).code, 2);
});

test('token in every encoding, with --bits and exact entropy', async () => {
  const forms: [string[], RegExp][] = [
    [['--base32'], /^[A-Z2-7]{52}$/],
    [['--crockford', '--bits', '64'], /^[0-9A-HJKMNP-TV-Z]{13}$/],
    [['--base58', '--bits', '128'], /^[1-9A-HJ-NP-Za-km-z]{22}$/],
    [['--base62', '--bits', '128'], /^[0-9A-Za-z]{22}$/],
    [['--hex', '--bits', '12'], /^[0-9a-f]{3}$/],
    [['--alphabet', 'ab', '--bits', '10'], /^[ab]{10}$/],
  ];
  for (const [flags, re] of forms) {
    const r = await run(['token', ...flags, '--json']);
    assert.equal(r.code, 0, flags.join(' ') + r.err);
    const o = assertJsonLine(r.out.trim());
    assert.match(o.value, re, flags.join(' '));
  }
  const o = assertJsonLine((await run(['token', '--base58', '--bits', '128', '--json'])).out.trim());
  assert.ok(Math.abs(o.entropyBits - 22 * Math.log2(58)) < 1e-9);
  assert.equal((await run(['token', '--hex', '--base58'])).code, 2);
  assert.equal((await run(['token', '--bits', '8', '--bytes', '1'])).code, 2);
  assert.equal((await run(['token', '--alphabet', 'aa'])).code, 2);
});

test('id and uuid', async () => {
  assert.match((await run(['id'])).out, /^[A-Za-z0-9_-]{21}\n$/);
  const hexIds = await run(['id', '--alphabet', '0123456789abcdef', '--size', '8', '--count', '20', '--json']);
  for (const line of hexIds.out.trim().split('\n')) {
    const o = assertJsonLine(line);
    assert.match(o.value, /^[0-9a-f]{8}$/);
    assert.equal(o.entropyBits, 32);
  }
  assert.equal((await run(['id', '--alphabet', 'x'])).code, 2);
  assert.equal((await run(['id', '--size', '0'])).code, 2);
  assert.match((await run(['uuid'])).out, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n$/);
  const v7 = (await run(['uuid', '--v7', '--count', '1000'])).out.trim().split('\n');
  assert.ok(v7.every((u, i) => /^[0-9a-f]{8}-[0-9a-f]{4}-7/.test(u) && (i === 0 || u > v7[i - 1]!)));
  assert.equal(assertJsonLine((await run(['uuid', '--json'])).out.trim()).entropyBits, 122);
  assert.equal(assertJsonLine((await run(['uuid', '--v7', '--json'])).out.trim()).entropyBits, 74);
});

test('entropy and collision', async () => {
  const e = JSON.parse((await run(['entropy', '--alphabet', '0123456789', '--length', '6', '--json'])).out) as {
    entropyBits: number;
    crackTimes: { attacker: string; expectedSeconds: number }[];
  };
  assert.ok(Math.abs(e.entropyBits - 6 * Math.log2(10)) < 1e-12);
  assert.ok(e.crackTimes.length >= 3);
  const online = e.crackTimes.find((t) => t.attacker === 'online')!;
  assert.ok(Math.abs(online.expectedSeconds - (1e6 + 1) / 2 / 10) < 1e-6);
  assert.match((await run(['entropy', '--bits', '80', '--attacker', 'gpu-cluster'])).out, /80\.00 bits/);
  assert.equal((await run(['entropy', '--bits', '80', '--attacker', 'nsa'])).code, 2);
  assert.equal((await run(['entropy'])).code, 2);
  const c = JSON.parse((await run(['collision', '--probability', '0.5', '--space', '365', '--json'])).out) as {
    draws: number;
  };
  assert.equal(c.draws, 23);
  const p = JSON.parse((await run(['collision', '--draws', '23', '--space', '365', '--json'])).out) as {
    probability: number;
  };
  assert.ok(Math.abs(p.probability - 0.5072972343239857) < 1e-12);
  const tiny = JSON.parse((await run(['collision', '--draws', '2', '--bits', '256', '--json'])).out) as {
    probability: number;
  };
  assert.ok(tiny.probability > 0 && Math.abs(tiny.probability / 2 ** -256 - 1) < 1e-9, 'no underflow to 0 for tiny p');
  assert.equal((await run(['collision', '--bits', '10'])).code, 2);
});

test('password: every policy flag, exact entropy, impossible policies exit 2', async () => {
  const r = await run([
    'password',
    '--length',
    '10',
    '--lower',
    '1',
    '--upper',
    '1',
    '--digits',
    '1',
    '--symbols',
    '1',
    '--count',
    '50',
    '--json',
  ]);
  for (const line of r.out.trim().split('\n')) {
    const o = assertJsonLine(line);
    assert.equal([...o.value].length, 10);
    for (const re of [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/]) assert.match(o.value, re);
    assert.ok(Math.abs(o.entropyBits - Math.log2(32333391317360640000)) < 1e-9);
  }
  const plain = await run(['password', '--length', '12', '--symbols', 'no', '--no-ambiguous', '--count', '20']);
  for (const p of plain.out.trim().split('\n')) {
    assert.match(p, /^[A-Za-z0-9]{12}$/);
    assert.doesNotMatch(p, /[0Oo1Il]/);
  }
  const ranged = await run([
    'password',
    '--length',
    '8',
    '--digits',
    '2:3',
    '--symbol-chars',
    '!@#',
    '--symbols',
    '1',
    '--count',
    '20',
  ]);
  for (const p of ranged.out.trim().split('\n')) {
    const digits = p.replace(/[^0-9]/g, '').length;
    assert.ok(digits >= 2 && digits <= 3, p);
    assert.match(p, /[!@#]/);
    assert.doesNotMatch(p, /[$%^&*]/);
  }
  assert.match((await run(['password', '--alphabet', 'ab', '--length', '5'])).out, /^[ab]{5}\n$/);
  assert.match((await run(['password', '--exclude', 'abc', '--count', '30'])).out.trim(), /^[^abc]+$/);
  const impossible = await run(['password', '--length', '3', '--digits', '4']);
  assert.equal(impossible.code, 2);
  assert.match(
    impossible.err,
    /--length 3 is too short: the classes need at least 7 characters \(.*--digits 4.*\); give --length 7 or more/,
  );
  for (const bad of [
    ['password', '--digits', 'lots'],
    ['password', '--length', '0'],
    ['password', '--digits', 'no', '--digit-chars', '12'],
  ]) {
    assert.equal((await run(bad)).code, 2, bad.join(' '));
  }
  const small = await run(['password', '--alphabet', 'ab', '--length', '2', '--count', '4', '--unique']);
  assert.deepEqual(small.out.trim().split('\n').sort(), ['aa', 'ab', 'ba', 'bb']);
  assert.equal((await run(['password', '--alphabet', 'ab', '--length', '2', '--count', '5', '--unique'])).code, 2);
});

test('passphrase and pin', async () => {
  const r = await run(['passphrase', '--json']);
  const o = assertJsonLine(r.out.trim());
  assert.equal(o.value.split('-').length, 5);
  assert.ok(Math.abs(o.entropyBits - 5 * Math.log2(7772)) < 1e-9);
  const sep = (await run(['passphrase', '--words', '3', '--separator', ' ', '--capitalize'])).out.trim();
  assert.match(sep, /^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$/);
  assert.equal((await run(['passphrase', '--words', '3', '--bits', '40'])).code, 2);
  assert.match((await run(['pin'])).out, /^\d{6}\n$/);
  assert.match((await run(['pin', '4', '--count', '5'])).out, /^(\d{4}\n){5}$/);
  assert.equal(
    assertJsonLine((await run(['pin', '--digits', '8', '--json'])).out.trim()).entropyBits,
    8 * Math.log2(10),
  );
  const all = await run(['pin', '1', '--count', '10', '--unique']);
  assert.deepEqual(all.out.trim().split('\n').sort(), ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  assert.equal((await run(['pin', '1', '--count', '11', '--unique'])).code, 2);
  assert.equal((await run(['pin', '0'])).code, 2);
});

test('passphrase --wordlist reads a file through the built bin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secrets-ts-cli-'));
  const file = join(dir, 'words.txt');
  writeFileSync(file, 'alpha\nbravo\ncharlie\ndelta\n');
  const out = execFileSync(process.execPath, [BIN, 'passphrase', '--wordlist', file, '--words', '4', '--json'], {
    encoding: 'utf8',
  });
  const o = assertJsonLine(out.trim());
  assert.match(o.value, /^(alpha|bravo|charlie|delta)(-(alpha|bravo|charlie|delta)){3}$/);
  assert.equal(o.entropyBits, 8);
  rmSync(dir, { recursive: true, force: true });
});

test('entropy for a password policy and a passphrase', async () => {
  const p = JSON.parse(
    (
      await run([
        'entropy',
        '--length',
        '10',
        '--lower',
        '1',
        '--upper',
        '1',
        '--digits',
        '1',
        '--symbols',
        '1',
        '--json',
      ])
    ).out,
  ) as { entropyBits: number };
  assert.ok(Math.abs(p.entropyBits - Math.log2(32333391317360640000)) < 1e-9);
  const w = JSON.parse((await run(['entropy', '--words', '6', '--json'])).out) as { entropyBits: number };
  assert.ok(Math.abs(w.entropyBits - 6 * Math.log2(7772)) < 1e-9);
});

/**
 * The command line as people use it: every test here spawns the built bin (`dist/cli.cjs`), with
 * real stdin, files, environment variables, exit codes, and a pseudo-terminal from `script`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { v5 } from 'uuid';
import { hotp, tokenEntropy, totp, URL_ALPHABET } from '../../src/index.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { emitHexLines, FingerprintSet } from '../../src/cli/emit.js';

const BIN = resolve('dist/cli.cjs');
const DIR = mkdtempSync(join(tmpdir(), 'secrets-ts-daily-'));
after(() => rmSync(DIR, { recursive: true, force: true }));

interface Out {
  code: number | null;
  out: string;
  err: string;
}

function cli(args: string[], opts: { input?: string; env?: Record<string, string>; nodeArgs?: string[] } = {}): Out {
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs a shell line under a pseudo-terminal (`script`), so stdout and stderr are terminals. */
function tty(line: string): Out {
  const r = spawnSync('script', ['-qec', line, '/dev/null'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const sh = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const NODE_BIN = `${sh(process.execPath)} ${sh(BIN)}`;

/** Library function and option names that must never reach a user's message. */
const INTERNAL =
  /\b(passwordEntropy|passwordSpace|customAlphabet|tokenEntropy|entropyBits|collisionProbability|drawsForCollisionProbability|timeToCollision|passphraseEntropy|verifyTotp|verifyHotp|otpauthUri|parseOtpauthUri|crackTime|uuid5|randrange|randbelow)\b|\bpolicy\.|\boptions\./;

function bad(args: string[], pattern: RegExp, opts: { input?: string; env?: Record<string, string> } = {}): string {
  const r = cli(args, opts);
  assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
  assert.equal(r.out, '', args.join(' '));
  const lines = r.err.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, r.err);
  assert.match(r.err, pattern, args.join(' '));
  assert.doesNotMatch(r.err, INTERNAL, `internal name in: ${r.err}`);
  return r.err;
}

test('layout: one module per command named after it, and no import of main.ts from the commands', () => {
  const dir = resolve('src/cli/commands');
  for (const name of Object.keys(COMMANDS)) assert.ok(existsSync(join(dir, `${name}.ts`)), `${name}.ts`);
  const files = [...readdirSync(dir).map((f) => join(dir, f)), resolve('src/cli/io.ts'), resolve('src/cli/args.ts')];
  for (const f of files) assert.doesNotMatch(readFileSync(f, 'utf8'), /from '\.\.?\/(\.\.\/)?main\.js'/, f);
  assert.ok(!existsSync(resolve('src/cli/commands.ts')));
});

const RFC = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // "12345678901234567890"

test('otp: the secret comes from stdin, a file, an environment variable or an otpauth URI', async () => {
  const file = join(DIR, 'secret.txt');
  writeFileSync(file, `${RFC}\n`);
  const want = '94287082\n';
  const t = ['--time', '59', '--digits', '8'];
  assert.equal(cli(['otp', 'code', '-', ...t], { input: `${RFC}\n` }).out, want);
  assert.equal(cli(['otp', 'code', '--secret-file', file, ...t]).out, want);
  assert.equal(cli(['otp', 'code', '--secret-file', '-', ...t], { input: RFC }).out, want);
  assert.equal(cli(['otp', 'code', '--secret-env', 'MY_OTP', ...t], { env: { MY_OTP: RFC } }).out, want);
  assert.equal(cli(['otp', 'code', RFC, ...t]).out, want, 'the argument form still works');
  // The URI supplies the algorithm, digits and period: RFC 6238's SHA-256 vector at T = 59 s.
  const key256 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA'; // "12345678901234567890123456789012"
  const uri = `otpauth://totp/ACME:alice?secret=${key256}&algorithm=SHA256&digits=8&period=30`;
  writeFileSync(join(DIR, 'alice.uri'), uri);
  assert.equal(cli(['otp', 'code', '--secret-file', join(DIR, 'alice.uri'), '--time', '59']).out, '46119246\n');
  assert.equal(cli(['otp', 'code', '-', '--time', '59'], { input: uri }).out, '46119246\n');
  bad(
    ['otp', 'code', '-', '--time', '59', '--digits', '6'],
    /--digits 6 contradicts digits=8 in the otpauth:\/\/ URI/,
    {
      input: uri,
    },
  );
  // verify with the secret from stdin: exit 0 for valid, 1 for invalid.
  const ok = cli(['otp', 'verify', '-', '94287082', '--time', '89', '--digits', '8'], { input: RFC });
  assert.equal(ok.code, 0, ok.err);
  const no = cli(['otp', 'verify', '--secret-env', 'S', '00000000', '--time', '89', '--digits', '8'], {
    env: { S: RFC },
  });
  assert.equal(no.code, 1);
  assert.match(no.out, /^invalid: mismatch/);
  // Two sources contradict each other.
  bad(['otp', 'code', RFC, '--secret-env', 'S'], /contradict each other/, { env: { S: RFC } });
  bad(['otp', 'code', '--secret-env', 'NOT_SET_ANYWHERE'], /--secret-env NOT_SET_ANYWHERE: the variable is not set/);
  bad(['otp', 'code', '--secret-file', join(DIR, 'missing')], /cannot read --secret-file .*missing: no such file/);
  // The help says that the argument form is visible to others.
  assert.match(cli(['otp', '--help']).out, /visible to other users/);
});

test('otp: no error, warning or --json field ever prints the secret', () => {
  const secret = 'JBSWY3DPEHPK3PXP0BSWY3DPEHPK3PXP'; // a 0 at position 16: not base32
  const chunks = (s: string) => Array.from({ length: s.length - 5 }, (_, i) => s.slice(i, i + 6));
  const noSecret = (text: string, s: string) => {
    for (const c of chunks(s)) assert.ok(!text.includes(c), `secret text leaked: ${text}`);
  };
  for (const [args, opts] of [
    [['otp', 'code', '-'], { input: secret }],
    [['otp', 'code', secret], {}],
    [['otp', 'code', '--secret-env', 'S'], { env: { S: secret } }],
    [['otp', 'verify', '-', '123456'], { input: secret }],
    [['otp', 'code', '-'], { input: `otpauth://totp/a?secret=${secret}` }],
    [['otp', 'code', '-', '--json'], { input: 'JBSWY3DP' }], // too short: 5 bytes
    [['otp', 'code', '-', '--algorithm', 'MD5'], { input: secret.replace('0', 'A') }],
  ] as [string[], { input?: string; env?: Record<string, string> }][]) {
    const r = cli(args, opts);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    noSecret(r.err + r.out, secret);
    noSecret(r.err + r.out, 'JBSWY3DP');
  }
  assert.match(cli(['otp', 'code', '-'], { input: secret }).err, /position 16 \(of 32\)/);
  const good = secret.replace('0', 'A');
  for (const args of [
    ['otp', 'code', '-', '--json', '--window', '1,1'],
    ['otp', 'verify', '-', '123456', '--json'],
  ]) {
    const r = cli(args, { input: good });
    assert.ok(r.code === 0 || r.code === 1, r.err);
    noSecret(r.out + r.err, good);
  }
});

test('otp: --window has the library meaning, --time takes seconds, --json has the seconds left', async () => {
  // TOTP: P alone is [P, P], as in the library: a code two steps ahead is accepted with 2.
  const at = 30 * 1000 + 7;
  const ahead = await totp(RFC, { time: (at + 2 * 30) * 1000 });
  const v = (w: string) => cli(['otp', 'verify', '-', ahead, '--time', String(at), '--window', w], { input: RFC });
  assert.equal(v('2').code, 0);
  assert.equal(v('2,0').code, 1);
  assert.equal(v('0,2').code, 0);
  // HOTP: N is the look-ahead, as in the library.
  const c5 = await hotp(RFC, 5);
  assert.equal(cli(['otp', 'verify', '-', c5, '--counter', '2', '--window', '3'], { input: RFC }).code, 0);
  assert.equal(cli(['otp', 'verify', '-', c5, '--counter', '2', '--window', '2'], { input: RFC }).code, 1);
  bad(['otp', 'verify', '-', c5, '--counter', '2', '--window', '1,1'], /look-ahead N/, { input: RFC });
  // code --json: value, entropy, model and the seconds left in the step.
  const j = JSON.parse(cli(['otp', 'code', '-', '--json', '--time', '50'], { input: RFC }).out) as Record<
    string,
    unknown
  >;
  assert.equal(j.value, (await totp(RFC, { time: 50_000 })).toString());
  assert.equal(j.secondsLeft, 10);
  assert.equal(j.step, 1);
  assert.equal(typeof j.entropyBits, 'number');
  assert.match(j.model as string, /TOTP/);
  // code --window prints every code of the window, oldest first, like oathtool.
  const w = cli(['otp', 'code', '-', '--time', '100', '--window', '1,2'], { input: RFC }).out.trim().split('\n');
  const want = await Promise.all([2, 3, 4, 5].map((s) => totp(RFC, { time: s * 30_000 })));
  assert.deepEqual(w, want);
  const h = cli(['otp', 'code', '-', '--counter', '7', '--window', '2'], { input: RFC }).out.trim().split('\n');
  assert.deepEqual(h, await Promise.all([7, 8, 9].map((c) => hotp(RFC, c))));
});

test('errors name the flag as typed and the value, never an internal name', () => {
  bad(
    ['password', '--length', '3'],
    /password: --length 3 is too short: the default policy needs at least one character of each of the four classes .*4 in all; give --length 4 or more/,
  );
  bad(['password', '-l', '3'], /-l 3 is too short/);
  bad(['password', '--length', '5000'], /--length must be from 1 to 4096, got 5000/);
  bad(['id', '--size', '0'], /id: --size must be from 1 to 1048576, got 0/);
  bad(['id', '--size', '2000000'], /--size must be from 1 to 1048576/);
  bad(['id', '--alphabet', 'aab'], /id: --alphabet /);
  bad(['token', '--alphabet', 'aa'], /token: --alphabet /);
  bad(['token', '--bytes', '9000'], /token: --bytes must be at most 8192 with --urlsafe/);
  bad(['passphrase', '--digit', '--separator', '1'], /passphrase: --separator must be free of digits with --digit/);
  bad(['passphrase', '--separator', 'x'.repeat(65)], /passphrase: --separator must be at most 64 characters/);
  bad(['collision', '--draws', '-1', '--bits', '64'], /collision: --draws must be at least 0, got -1/);
  bad(['collision', '--probability', '2', '--bits', '64'], /--probability must be above 0 and at most 1, got 2/);
  bad(['pin', '65'], /pin: N must be from 1 to 64, got 65/);
  bad(['token', '-n', 'many'], /token: -n needs a whole number/);
  bad(
    ['password', '--digits', 'no', '--digit-chars', '12'],
    /--digits no excludes the class; --digit-chars contradicts it/,
  );
});

test('contradictory flags exit 2 everywhere; --size is only an ID length', () => {
  bad(['entropy', '--bits', '64', '--words', '5'], /--bits and --words contradict each other/);
  bad(['collision', '--space', '100', '--bits', '64', '--draws', '3'], /--bits and --space contradict each other/);
  bad(['collision', '--draws', '3', '--probability', '0.5', '--bits', '64'], /contradict each other/);
  bad(['token', '--hex', '--base58'], /--hex and --base58 contradict/);
  bad(['token', '--bits', '8', '--bytes', '1'], /--bits and --bytes contradict/);
  bad(['uuid', '--v4', '--v7'], /--v4 and --v7 contradict/);
  bad(['passphrase', '--words', '3', '--bits', '40'], /--words and --bits contradict/);
  bad(['entropy', '--bits', '40', '--rate', '10', '--attacker', 'online'], /--rate and --attacker contradict/);
  bad(['entropy', '--alphabet', 'abc', '--alphabet-size', '3', '-l', '3'], /contradict each other/);
  bad(['password', '--shell-safe', '--symbol-chars', '!'], /contradict/);
  bad(['entropy', '--size', '10', '--length', '3'], /--size is an ID's length .* use --alphabet-size/);
  bad(['collision', '--size', '10', '--length', '3', '--draws', '5'], /use --alphabet-size/);
  const e = JSON.parse(cli(['entropy', '--alphabet-size', '10', '--length', '6', '--json']).out) as {
    entropyBits: number;
  };
  assert.ok(Math.abs(e.entropyBits - 6 * Math.log2(10)) < 1e-12);
  const c = JSON.parse(cli(['collision', '--draws', '23', '--alphabet-size', '365', '-l', '1', '--json']).out) as {
    probability: number;
  };
  assert.ok(Math.abs(c.probability - 0.5072972343239857) < 1e-12);
});

test('numbers read the same way for every flag: 1e9, 1000000, bigints', () => {
  assert.equal(cli(['token', '-n', '1e3', '--hex', '--bytes', '1']).out.split('\n').length - 1, 1000);
  assert.equal(cli(['pin', '--count', '2.5e1']).out.split('\n').length - 1, 25);
  const big = JSON.parse(cli(['collision', '--draws', '1e9', '--bits', '122', '--json']).out) as { draws: number };
  assert.equal(big.draws, 1e9);
  const huge = JSON.parse(cli(['collision', '--draws', '1e30', '--bits', '256', '--json']).out) as { draws: string };
  assert.equal(huge.draws, '1' + '0'.repeat(30), 'a count beyond 2^53 is a string');
  for (const line of cli(['int', '1e30', '-n', '20']).out.trim().split('\n')) assert.ok(BigInt(line) < 10n ** 30n);
  assert.equal(cli(['collision', '--probability', '0.5', '--space', '3.65e2']).code, 0);
  bad(['token', '-n', '1.5'], /-n needs a whole number/);
  bad(['token', '--count', '0x10'], /--count needs a whole number/);
  bad(['entropy', '--bits', 'Infinity'], /--bits needs a number/);
});

test('files: unreadable ones exit 2 with "cannot read --flag PATH: …", and - is stdin', () => {
  bad(
    ['passphrase', '--wordlist', '/nonexistent'],
    /^secrets-ts: passphrase: cannot read --wordlist \/nonexistent: no such file or directory\n$/,
  );
  bad(['passphrase', '--wordlist', DIR], /cannot read --wordlist .*: it is a directory/);
  const r = cli(['passphrase', '--wordlist', '-', '--words', '4', '--json'], {
    input: 'alpha\nbravo\ncharlie\ndelta\n',
  });
  assert.equal(r.code, 0, r.err);
  const o = JSON.parse(r.out) as { value: string; entropyBits: number };
  assert.match(o.value, /^(alpha|bravo|charlie|delta)(-(alpha|bravo|charlie|delta)){3}$/);
  assert.equal(o.entropyBits, 8);
  assert.deepEqual(cli(['shuffle', '-'], { input: 'a\nb\nc\n' }).out.trim().split('\n').sort(), ['a', 'b', 'c']);
});

test('exit codes: 0 success, 1 invalid (otp verify only), 2 bad input, 3 internal failure', () => {
  assert.equal(cli(['token']).code, 0);
  assert.equal(cli(['otp', 'verify', '-', '000000', '--counter', '0'], { input: RFC }).code, 1);
  assert.equal(cli(['token', '--bogus']).code, 2);
  // No Web Crypto: an internal failure, exit 3, one line.
  const noCrypto = ['--import', 'data:text/javascript,Object.defineProperty(globalThis,"crypto",{value:undefined})'];
  for (const args of [['token'], ['otp', 'code', RFC]]) {
    const r = cli(args, { nodeArgs: noCrypto });
    assert.equal(r.code, 3, `${args.join(' ')}: ${r.err}`);
    assert.equal(r.err.split('\n').filter(Boolean).length, 1, r.err);
  }
  // An I/O error on stdout (a full disk): exit 3.
  if (existsSync('/dev/full')) {
    const r = spawnSync('sh', ['-c', `${NODE_BIN} token -n 100000 > /dev/full`], { encoding: 'utf8' });
    assert.equal(r.status, 3, r.stderr);
    assert.match(r.stderr, /cannot write to stdout/);
  }
  for (const args of [['--help'], ['token', '--help']])
    assert.match(cli(args).out, /Exit status: 0 success.*\n3 internal/s);
});

test('progress bar: only when stderr is a terminal and stdout is not; --quiet turns it off', () => {
  const bar = /\[#* *\] \d+%/;
  const env = 'SECRETS_TS_PROGRESS_MS=0';
  const toFile = tty(`${env} ${NODE_BIN} pin -n 300000 > /dev/null`);
  assert.equal(toFile.code, 0);
  assert.match(toFile.out, bar, 'stderr on a terminal, stdout to a file: the bar shows');
  const quiet = tty(`${env} ${NODE_BIN} pin -n 300000 --quiet > /dev/null`);
  assert.doesNotMatch(quiet.out, bar);
  const both = tty(`${env} ${NODE_BIN} pin -n 300000`);
  assert.equal(both.code, 0);
  assert.doesNotMatch(both.out, bar, 'stdout on the terminal: no bar among the results');
  assert.ok(
    both.out.split('\n').every((l) => /^\d{0,6}\r?$/.test(l)),
    'only PINs on the terminal',
  );
});

test('--json: every command carries value (or the answer), entropyBits and model, one type each', () => {
  const cmds: string[][] = [
    ['token'],
    ['token', '--hex'],
    ['token', '--base64'],
    ['password'],
    ['passphrase'],
    ['pin'],
    ['id'],
    ['uuid'],
    ['uuid', '--v7'],
    ['uuid', '--v5', '--namespace', 'url', '--name', 'x'],
    ['uuid', 'parse', '017f22e2-79b0-7cc3-98c4-dc0c0c07398f'],
    ['int', '10'],
    ['choice', 'a', 'b'],
    ['shuffle', 'a', 'b'],
    ['sample', '1', 'a', 'b'],
    ['otp', 'secret'],
  ];
  for (const args of cmds) {
    const o = JSON.parse(cli([...args, '--json']).out) as Record<string, unknown>;
    assert.ok('value' in o, args.join(' '));
    assert.equal(typeof o.entropyBits, 'number', args.join(' '));
    assert.equal(typeof o.model, 'string', args.join(' '));
  }
  const e = JSON.parse(cli(['entropy', '--bits', '80', '--json']).out) as {
    entropyBits: number;
    model: string;
    crackTimes: Record<string, unknown>[];
  };
  assert.equal(e.entropyBits, 80);
  assert.equal(typeof e.model, 'string');
  for (const t of e.crackTimes) {
    for (const k of ['expected', 'worst', 'attacker']) assert.equal(typeof t[k], 'string');
    for (const k of ['expectedSeconds', 'worstSeconds', 'rate']) assert.equal(typeof t[k], 'number');
  }
  const huge = JSON.parse(cli(['entropy', '--bits', '4096', '--json']).out) as {
    crackTimes: Record<string, unknown>[];
  };
  assert.match(huge.crackTimes[0]!.worstSeconds as string, /^\d\.\de\d+$/, 'beyond a double: a string');
  const c = JSON.parse(cli(['collision', '--probability', '0.5', '--bits', '64', '--json']).out) as Record<
    string,
    unknown
  >;
  assert.equal(typeof c.draws, 'number');
  assert.equal(typeof c.entropyBits, 'number');
  assert.equal(typeof c.model, 'string');
});

test('crack times keep two significant digits and roll over', () => {
  const text = cli(['entropy', '--bits', '59', '--rate', '1e16']).out;
  assert.doesNotMatch(text, /\b\d{3} (thousand|million|billion|trillion)|1000 |60 seconds/);
  // 2^40 guesses at 2^40/59.9 per second: the worst case is 59.9 s, said as 1 minute.
  const r = cli(['entropy', '--bits', '40', '--rate', String(2 ** 40 / 59.9), '--json']);
  assert.equal((JSON.parse(r.out) as { crackTimes: { worst: string }[] }).crackTimes[0]!.worst, '1 minute');
});

test('token with no flags reports the entropy that tokenEntropy() states, from what it generates', () => {
  const lines = cli(['token', '-n', '300', '--json']).out.trim().split('\n');
  const lastChars = new Set<string>();
  for (const line of lines) {
    const o = JSON.parse(line) as { value: string; entropyBits: number };
    assert.equal(o.entropyBits, tokenEntropy().bits);
    assert.equal(o.value.length, tokenEntropy().length);
    lastChars.add(o.value.at(-1)!);
  }
  assert.equal(tokenEntropy().bits, 258);
  // 43 uniform symbols: the last one ranges over all 64. Had the CLI encoded 32 bytes, it would
  // take only 16 values; 300 draws all in one such set has probability 4^-300.
  assert.ok([...lastChars].some((c) => URL_ALPHABET.indexOf(c) % 4 !== 0));
});

test('--unique keeps memory proportional to the results at a small fixed cost each', () => {
  const N = 1_000_000;
  const rss = (args: string[]): number => {
    const hook =
      'data:text/javascript,process.on("exit",()=>process.stderr.write("RSS "+process.resourceUsage().maxRSS+"\\n"))';
    const r = spawnSync(
      'sh',
      ['-c', `${sh(process.execPath)} --import ${sh(hook)} ${sh(BIN)} ${args.join(' ')} > /dev/null`],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(r.status, 0, r.stderr);
    return Number(/RSS (\d+)/.exec(r.stderr)![1]) * 1024;
  };
  const plain = rss(['id', '-n', String(N)]);
  const unique = rss(['id', '-n', String(N), '--unique']);
  const perResult = (unique - plain) / N;
  // 8-byte fingerprints in a table at most 3/4 full, doubled while it grows: at most 32 bytes each.
  // A Set of the 21-character strings costs over 100 bytes each.
  assert.ok(perResult < 40, `--unique costs ${perResult.toFixed(1)} bytes a result`);
  const ids = cli(['id', '--size', '3', '--alphabet', 'abcd', '-n', '64', '--unique']).out.trim().split('\n');
  assert.equal(new Set(ids).size, 64, 'a space filled exactly: every value once');
});

test('help: -h, help COMMAND, --version on every command, short flags; help is never an error', () => {
  const top = cli(['help']);
  assert.equal(top.code, 0);
  for (const name of Object.keys(COMMANDS)) {
    for (const args of [
      [name, '-h'],
      ['help', name],
      [name, '--bogus', '--help'],
    ]) {
      const r = cli(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.equal(r.err, '');
      assert.match(r.out, new RegExp(`^Usage: secrets-ts ${name} `));
    }
    assert.match(cli([name, '--version']).out, /^\d+\.\d+\.\d+/);
  }
  assert.match(cli(['token', '-V']).out, /^\d+\.\d+\.\d+/);
  assert.match(cli(['token', '--help']).out, /^Usage: secrets-ts token /);
  assert.equal(cli(['otp', 'code', '--help']).code, 0);
  assert.match(cli(['password', '-l', '24']).out, /^.{24}\n$/u);
  assert.equal(cli(['uuid', '-n', '3']).out.trim().split('\n').length, 3);
  bad(['help', 'nope'], /unknown command "nope"/);
});

test('token --raw writes bytes (never to a terminal), --base64 is standard padded base64', () => {
  const r = spawnSync('sh', ['-c', `${NODE_BIN} token --raw --bytes 64 | wc -c`], { encoding: 'utf8' });
  assert.equal(r.stdout.trim(), '64');
  const n = spawnSync('sh', ['-c', `${NODE_BIN} token --raw --bytes 100 -n 1000 | wc -c`], { encoding: 'utf8' });
  assert.equal(n.stdout.trim(), '100000');
  const t = tty(`${NODE_BIN} token --raw`);
  assert.equal(t.code, 2);
  assert.match(t.out, /--raw writes binary; redirect stdout/);
  bad(['token', '--raw', '--json'], /cannot apply/);
  for (const line of cli(['token', '--base64', '-n', '50']).out.trim().split('\n')) {
    assert.match(line, /^[A-Za-z0-9+/]{43}=$/);
    assert.equal(Buffer.from(line, 'base64').length, 32);
  }
  assert.match(cli(['token', '--base64', '--bytes', '16']).out, /^[A-Za-z0-9+/]{22}==\n$/);
});

test('uuid --v5 agrees with the uuid package; uuid parse prints version, variant and v7 time', () => {
  const ns = {
    dns: v5.DNS,
    url: v5.URL,
    oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
    x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
  };
  for (const [name, id] of Object.entries(ns)) {
    for (const n of ['example.com', 'ü/☃', '']) {
      assert.equal(cli(['uuid', '--v5', '--namespace', name, '--name', n]).out, `${v5(n, id)}\n`);
      assert.equal(cli(['uuid', '--v5', '--namespace', id, '--name', n]).out, `${v5(n, id)}\n`);
    }
  }
  bad(
    ['uuid', '--v5', '--namespace', 'nope', '--name', 'x'],
    /uuid: --namespace must be a UUID or dns, url, oid or x500/,
  );
  bad(['uuid', '--v5', '--name', 'x'], /--v5 needs --namespace NS and --name NAME/);
  bad(['uuid', '--namespace', 'dns'], /apply only to --v5/);
  const p = cli(['uuid', 'parse', '017f22e2-79b0-7cc3-98c4-dc0c0c07398f']).out;
  assert.match(p, /^version 7\nvariant rfc9562\ntime {4}2022-02-22T19:22:22\.000Z \(1645557742000 ms since 1970\)\n$/);
  const j = JSON.parse(cli(['uuid', 'parse', v5('a', v5.DNS), '--json']).out) as Record<string, unknown>;
  assert.deepEqual(j, {
    value: v5('a', v5.DNS),
    version: 5,
    variant: 'rfc9562',
    entropyBits: 0,
    model: 'UUIDv5: SHA-1 of a namespace and a name; deterministic, no randomness',
  });
  bad(['uuid', 'parse', 'nope'], /uuid parse: "nope" is not a UUID/);
});

test('password presets: --no-ambiguous drops pwgen -B look-alikes, --shell-safe symbols need no quoting', () => {
  const amb = cli(['password', '--no-ambiguous', '-n', '300']).out.trim().split('\n');
  for (const p of amb) assert.doesNotMatch(p, /[B8G6I1l0OQDS5Z2o|'`]/, p);
  const safe = cli(['password', '--shell-safe', '-n', '300', '--symbols', '3']).out.trim().split('\n');
  for (const p of safe) {
    assert.doesNotMatch(p, /['"\\$`!]/, p);
    assert.ok(p.replace(/[A-Za-z0-9]/g, '').length >= 3, p);
  }
  // The same preset in entropy gives the exact bits of that policy.
  const e = JSON.parse(cli(['entropy', '--shell-safe', '--json']).out) as { entropyBits: number };
  const w = JSON.parse(cli(['password', '--shell-safe', '--json']).out) as { entropyBits: number };
  assert.equal(e.entropyBits, w.entropyBits);
});

test('docs/cli.md lists every flag of every command and every exit status', () => {
  const doc = readFileSync(resolve('docs/cli.md'), 'utf8');
  for (const [name, c] of Object.entries(COMMANDS)) {
    assert.ok(doc.includes(`#### \`${name}\``), `section for ${name}`);
    for (const [flag, spec] of Object.entries(c.flags)) {
      if (spec.hidden) continue;
      assert.ok(doc.includes(`\`--${flag}`), `docs/cli.md lacks --${flag} of ${name}`);
      if (spec.short) assert.ok(doc.includes(`\`-${spec.short}\``), `docs/cli.md lacks -${spec.short}`);
    }
  }
  for (const flag of ['-n', '--count', '--json', '--unique', '-q', '--quiet', '-h', '--help', '-V', '--version'])
    assert.ok(doc.includes(`\`${flag}`), flag);
  for (const code of [0, 1, 2, 3]) assert.match(doc, new RegExp(`^\\| ${code} \\| `, 'm'));
});

test('hex lines written as bytes: the same text as tokenHex for known bytes, at every alignment', async () => {
  for (const bytes of [0, 1, 2, 3, 16, 32, 40000]) {
    const count = bytes === 40000 ? 3 : 5000;
    let counter = 0;
    const fill = (b: Uint8Array) => {
      for (let i = 0; i < b.length; i++) b[i] = (counter++ * 7 + 3) & 255;
    };
    const chunks: Uint8Array[] = [];
    const io = {
      write: () => true,
      writeBytes: (b: Uint8Array) => (chunks.push(b.slice()), true),
      error: () => {},
      readStdin: async function* () {},
      stdinIsTTY: true,
      stderrIsTTY: false,
      now: () => 0,
    };
    await emitHexLines(io, { count, json: false, unique: false, quiet: true }, bytes, fill);
    const got = Buffer.concat(chunks).toString('latin1');
    let k = 0;
    const want: string[] = [];
    for (let i = 0; i < count; i++) {
      const b = new Uint8Array(bytes);
      for (let j = 0; j < bytes; j++) b[j] = (k++ * 7 + 3) & 255;
      want.push(Buffer.from(b).toString('hex'));
    }
    assert.equal(got, want.join('\n') + '\n', `bytes ${bytes}`);
  }
  const lines = cli(['token', '--hex', '--bytes', '16', '-n', '20000']).out.trim().split('\n');
  assert.equal(lines.length, 20000);
  for (const l of lines) assert.match(l, /^[0-9a-f]{32}$/);
});

test('the --unique fingerprint table: a repeat is always caught, through every growth of the table', () => {
  const set = new FingerprintSet();
  const n = 150_000;
  let fresh = 0;
  for (let i = 0; i < n; i++) if (set.add(`v${i}`)) fresh++;
  // Distinct strings collide in 64 bits with probability about n^2/2^65 (6e-10 here): all are new.
  assert.equal(fresh, n);
  assert.equal(set.size, n);
  for (let i = 0; i < n; i += 7) assert.equal(set.add(`v${i}`), false, `v${i} repeated`);
  assert.equal(set.add(''), true);
  assert.equal(set.add(''), false);
});

/**
 * `secrets-ts otp`: make a secret and its otpauth:// URI, print codes, verify a code. The secret is
 * read from stdin, a file, an environment variable or an otpauth:// URI (or, visibly to other
 * users, an argument), and never printed except by `otp secret`, which makes it.
 * @internal
 * @module
 */
import {
  hotp,
  otpauthUri,
  otpSecret,
  parseOtpauthUri,
  totp,
  verifyHotp,
  verifyTotp,
  type OtpAlgorithm,
} from '../../index.js';
import { describeSecret } from '../../_assert.js';
import { UsageError, type Parsed } from '../args.js';
import { given, inUserWords, jsonLine, readAllStdin, readInput, type Command, type Io } from '../io.js';

const MAX_COUNTER = 2n ** 64n - 1n;

function normalizeAlgorithm(label: string, a: string): OtpAlgorithm {
  const m = /^sha-?(1|256|512)$/i.exec(a);
  if (!m) throw new UsageError(`otp: ${label} must be SHA-1, SHA-256 or SHA-512, got ${JSON.stringify(a)}`);
  return `SHA-${m[1]}` as OtpAlgorithm;
}

/** What the code depends on: the secret and the parameters, from the flags and an otpauth:// URI. */
interface Params {
  secret: string;
  /** Where the secret came from, for messages (never the secret itself). */
  from: string;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
  counter?: bigint;
}

/** Reads the secret from exactly one source and merges an otpauth:// URI's parameters with the flags. */
async function readParams(sub: string, args: Parsed, io: Io, positional: string | undefined): Promise<Params> {
  const f = args.flags;
  const cmd = `otp ${sub}`;
  const sources = [
    ...(positional === undefined ? [] : [positional === '-' ? 'SECRET - (stdin)' : 'SECRET']),
    ...given(args, ['secret-file', 'secret-env']),
  ];
  if (sources.length === 0)
    throw new UsageError(`${cmd}: give the secret: - (stdin), --secret-file PATH, --secret-env NAME, or SECRET`);
  if (sources.length > 1) throw new UsageError(`${cmd}: ${sources.join(' and ')} contradict each other; give one`);
  let text: string;
  let from: string;
  if (f['secret-file'] !== undefined) {
    from = `${args.typed['secret-file']} ${String(f['secret-file'])}`;
    text = await readInput(io, cmd, args.typed['secret-file']!, f['secret-file'] as string);
  } else if (f['secret-env'] !== undefined) {
    const name = f['secret-env'] as string;
    from = `${args.typed['secret-env']} ${name}`;
    const v = io.env?.(name);
    if (v === undefined) throw new UsageError(`${cmd}: ${from}: the variable is not set`);
    text = v;
  } else if (positional === '-') {
    from = 'stdin';
    if (io.stdinIsTTY) throw new UsageError(`${cmd}: SECRET - reads stdin, but stdin is a terminal`);
    text = await readAllStdin(io);
  } else {
    from = 'the SECRET argument';
    text = positional!;
  }
  text = text.trim();
  if (text.length === 0) throw new UsageError(`${cmd}: the secret from ${from} is empty`);
  const p: Partial<Params> & { from: string } = { from };
  if (/^otpauth:\/\//i.test(text)) {
    let u;
    try {
      u = parseOtpauthUri(text);
    } catch (e) {
      // The library's reason, with every trace of the URI's text removed.
      const reason = (e as Error).message
        .replace(/^[A-Za-z]+: /, '')
        .split(text)
        .join('<uri>');
      throw new UsageError(
        `${cmd}: the otpauth:// URI from ${from} (${describeSecret(text)}) is not valid: ${/secret/i.test(reason) ? 'its secret is missing or not base32' : reason.replace(/"[^"]*"/g, '<…>')}`,
      );
    }
    p.secret = u.secret;
    p.algorithm = u.algorithm;
    p.digits = u.digits;
    if (u.type === 'totp') p.period = u.period;
    else p.counter = BigInt(u.counter);
    const clash = (flag: string, mine: unknown, theirs: unknown) => {
      if (mine !== undefined && String(mine) !== String(theirs))
        throw new UsageError(
          `${cmd}: ${args.typed[flag]} ${String(f[flag])} contradicts ${flag}=${String(theirs)} in the otpauth:// URI`,
        );
    };
    clash('digits', f.digits, u.digits);
    if (f.algorithm !== undefined && normalizeAlgorithm(args.typed.algorithm!, f.algorithm as string) !== u.algorithm)
      clash('algorithm', f.algorithm, u.algorithm);
    if (u.type === 'totp') {
      clash('period', f.period, u.period);
      if (f.counter !== undefined)
        throw new UsageError(`${cmd}: ${args.typed.counter} is for HOTP, but the otpauth:// URI is a TOTP one`);
    } else if (f.period !== undefined) {
      throw new UsageError(`${cmd}: ${args.typed.period} is for TOTP, but the otpauth:// URI is an HOTP one`);
    }
  } else {
    const s = text.replace(/[\s]/g, '').replace(/=+$/, '');
    const bad = s.search(/[^A-Za-z2-7]/);
    if (bad >= 0)
      throw new UsageError(
        `${cmd}: the secret from ${from} must be base32 text (A-Z, 2-7); the character at position ${bad} (of ${s.length}) is not allowed`,
      );
    p.secret = s.toUpperCase();
  }
  if (f.algorithm !== undefined) p.algorithm = normalizeAlgorithm(args.typed.algorithm!, f.algorithm as string);
  if (f.digits !== undefined) p.digits = f.digits as number;
  if (f.period !== undefined) p.period = f.period as number;
  if (f.counter !== undefined) p.counter = f.counter as bigint;
  return { algorithm: 'SHA-1', digits: 6, period: 30, ...p } as Params;
}

/** Replaces any trace of the secret in a library message, then says it in the user's flags. */
function otpError(cmd: string, args: Parsed, e: Error, secret: string): UsageError {
  const clean = new Error(e.message.split(secret).join('<secret>'));
  return inUserWords(cmd, clean, {
    digits: args.typed.digits ?? '--digits',
    algorithm: args.typed.algorithm ?? '--algorithm',
    counter: args.typed.counter ?? '--counter',
    period: args.typed.period ?? '--period',
    time: args.typed.time ?? '--time',
    window: args.typed.window ?? '--window',
    secret: 'the secret',
  });
}

const asCounter = (c: bigint): number | bigint => (c <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(c) : c);

/** `--window` as the library reads it: TOTP `P` is [P, P] and `P,F` is [P, F]; HOTP `N` is the look-ahead. */
function windowFrom(cmd: string, args: Parsed, hotpMode: boolean): [number, number] | number | undefined {
  const text = args.flags.window as string | undefined;
  if (text === undefined) return undefined;
  const label = args.typed.window!;
  if (hotpMode) {
    if (!/^\d+$/.test(text) || Number(text) > 100)
      throw new UsageError(
        `${cmd}: with --counter (HOTP), ${label} is the look-ahead N, 0 to 100, got ${JSON.stringify(text)}`,
      );
    return Number(text);
  }
  const m = /^(\d+)(?:,(\d+))?$/.exec(text);
  if (!m || Number(m[1]) > 10 || Number(m[2] ?? 0) > 10)
    throw new UsageError(
      `${cmd}: ${label} must be P (P steps back and ahead) or P,F (P back, F ahead), each 0 to 10, got ${JSON.stringify(text)}`,
    );
  return m[2] === undefined ? Number(m[1]) : [Number(m[1]), Number(m[2])];
}

function modelOf(p: Params, hotpMode: boolean): string {
  return hotpMode
    ? `HOTP (RFC 4226), ${p.algorithm}, ${p.digits} digits`
    : `TOTP (RFC 6238), ${p.algorithm}, ${p.digits} digits, ${p.period}-second steps`;
}

export const otpCommand: Command = {
  summary: 'one-time passwords: make a secret and its otpauth:// URI, print codes, verify a code',
  usage:
    'secret [--account A --issuer I] | code [- | SECRET] [--secret-file F | --secret-env V] | verify [- | SECRET] CODE',
  examples: [
    'otp secret --account alice@example.com --issuer ACME',
    'otp code - < secret.txt',
    'otp code --secret-file secret.txt --json',
    'otp code --secret-env TOTP_SECRET --window 1,1',
    'otp code --secret-file alice.uri          # a file holding an otpauth:// URI',
    'otp verify --secret-file secret.txt 123456 --window 1,0',
  ],
  notes: [
    'The secret is base32 text or an otpauth:// URI (which also sets --algorithm, --digits, --period).',
    'A SECRET given as an argument is visible to other users of this machine (ps, /proc) and is kept',
    'in shell history: prefer -, --secret-file or --secret-env. No message ever prints the secret.',
    '--window has the library meaning: for TOTP, P is P steps back and ahead and P,F is P back and F',
    'ahead (default 1,0); for HOTP (--counter), N counters ahead (default 2). With otp code it prints',
    'the code of every step of the window, oldest first, like oathtool --window.',
    'Exit status of otp verify: 0 valid, 1 invalid, 2 bad input, 3 internal error.',
  ],
  flags: {
    'secret-file': {
      type: 'string',
      arg: 'PATH',
      help: 'read the secret (or an otpauth:// URI) from a file; - is stdin',
    },
    'secret-env': {
      type: 'string',
      arg: 'NAME',
      help: 'read the secret (or an otpauth:// URI) from this environment variable',
    },
    account: { type: 'string', arg: 'NAME', help: 'account shown in the app (otp secret)' },
    issuer: { type: 'string', arg: 'NAME', help: 'service name shown in the app (otp secret)' },
    bytes: { type: 'int', help: 'secret size in bytes, 16 to 64 (default 20)', min: 16, max: 64 },
    counter: { type: 'bigint', help: 'use HOTP with this counter, 0 to 2^64-1', min: 0 },
    digits: { type: 'int', help: 'code length, 6 to 10 (default 6)', min: 6, max: 10 },
    period: { type: 'int', arg: 'SECONDS', help: 'TOTP step in seconds, 1 to 86400 (default 30)', min: 1, max: 86400 },
    algorithm: { type: 'string', arg: 'ALG', help: 'SHA-1 (default), SHA-256 or SHA-512' },
    time: {
      type: 'number',
      arg: 'SECONDS',
      help: 'TOTP time in seconds since 1970 (default: now)',
      min: 0,
      max: 8.64e12,
    },
    window: { type: 'string', arg: 'P[,F]|N', help: 'steps around now (TOTP) or counters ahead (HOTP); see below' },
    json: { type: 'bool', help: 'print JSON: {"value", "entropyBits", "model", ...}' },
  },
  generator: false,
  async run(args, io) {
    const f = args.flags;
    const [sub, ...rest] = args.positionals;
    if (sub === 'secret') {
      if (rest.length) throw new UsageError(`otp secret: unexpected argument ${JSON.stringify(rest[0])}`);
      const stray = given(args, ['secret-file', 'secret-env', 'time', 'window']);
      if (stray.length) throw new UsageError(`otp secret: ${stray[0]} does not apply to otp secret`);
      const counter = f.counter as bigint | undefined;
      if (counter !== undefined && counter > MAX_COUNTER)
        throw new UsageError(`otp secret: ${args.typed.counter} must be at most ${MAX_COUNTER}, got ${counter}`);
      const algorithm =
        f.algorithm === undefined ? undefined : normalizeAlgorithm(args.typed.algorithm!, f.algorithm as string);
      const secret = otpSecret(f.bytes as number | undefined);
      let uri: string;
      try {
        uri = otpauthUri({
          type: counter === undefined ? 'totp' : 'hotp',
          secret,
          account: (f.account as string | undefined) ?? 'user',
          issuer: f.issuer as string | undefined,
          algorithm,
          digits: f.digits as number | undefined,
          ...(counter === undefined ? { period: f.period as number | undefined } : { counter: asCounter(counter) }),
        });
      } catch (e) {
        throw otpError('otp secret', args, e as Error, secret);
      }
      const bits = 8 * ((f.bytes as number | undefined) ?? 20);
      await io.write(
        f.json
          ? jsonLine({ value: secret, uri, entropyBits: bits, model: `${bits / 8} uniform random bytes, base32` })
          : `${secret}\n${uri}\n`,
      );
      return 0;
    }
    if (sub === 'code' || sub === 'verify') {
      const cmd = `otp ${sub}`;
      const want = sub === 'code' ? 0 : 1;
      if (rest.length > want + 1 || rest.length < want)
        throw new UsageError(
          sub === 'code'
            ? `${cmd}: give at most one argument, the secret (or - for stdin)`
            : `${cmd}: give the CODE, after the secret (SECRET or -) unless --secret-file or --secret-env gives it`,
        );
      const positional = rest.length > want ? rest[0] : undefined;
      const stray = given(args, ['account', 'issuer', 'bytes']);
      if (stray.length) throw new UsageError(`${cmd}: ${stray[0]} applies only to otp secret`);
      const p = await readParams(sub, args, io, positional);
      const hotpMode = p.counter !== undefined;
      if (hotpMode && f.time !== undefined)
        throw new UsageError(`${cmd}: ${args.typed.time} is for TOTP; HOTP (--counter) has no time`);
      if (p.counter !== undefined && p.counter > MAX_COUNTER)
        throw new UsageError(`${cmd}: ${args.typed.counter} must be at most ${MAX_COUNTER}, got ${p.counter}`);
      const window = windowFrom(cmd, args, hotpMode);
      const nowMs = f.time !== undefined ? (f.time as number) * 1000 : (io.clock?.() ?? Date.now());
      const model = modelOf(p, hotpMode);
      const entropyBits = p.digits * Math.log2(10);
      try {
        if (sub === 'code') {
          const opts = { algorithm: p.algorithm, digits: p.digits };
          const rows: { offset: number; step?: number; counter?: number | string; value: string }[] = [];
          if (hotpMode) {
            const ahead = (window as number | undefined) ?? 0;
            for (let i = 0n; i <= BigInt(ahead) && p.counter! + i <= MAX_COUNTER; i++) {
              const c = p.counter! + i;
              rows.push({
                offset: Number(i),
                counter: c <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(c) : c.toString(),
                value: await hotp(p.secret, asCounter(c), opts),
              });
            }
          } else {
            const [past, future] =
              window === undefined ? [0, 0] : typeof window === 'number' ? [window, window] : window;
            const step = Math.floor(nowMs / 1000 / p.period);
            for (let d = -past; d <= future; d++) {
              if (step + d < 0) continue;
              const t = nowMs + d * p.period * 1000;
              rows.push({
                offset: d,
                step: step + d,
                value: await totp(p.secret, { ...opts, period: p.period, time: t }),
              });
            }
          }
          const current = rows.find((r) => r.offset === 0)!;
          if (f.json) {
            const secondsLeft = hotpMode
              ? undefined
              : Math.ceil((Math.floor(nowMs / 1000 / p.period) + 1) * p.period - nowMs / 1000);
            await io.write(
              jsonLine({
                value: current.value,
                entropyBits,
                model,
                ...(hotpMode ? { counter: current.counter } : { step: current.step, secondsLeft }),
                ...(window === undefined ? {} : { window: rows }),
              }),
            );
          } else {
            await io.write(rows.map((r) => r.value).join('\n') + '\n');
          }
          return 0;
        }
        const code = rest[rest.length - 1]!;
        const result: { valid: boolean; reason?: string; step?: number; counter?: number | bigint; delta?: number } =
          hotpMode
            ? await verifyHotp(code, p.secret, {
                counter: asCounter(p.counter!),
                algorithm: p.algorithm,
                digits: p.digits,
                ...(window === undefined ? {} : { window: window as number }),
              })
            : await verifyTotp(code, p.secret, {
                algorithm: p.algorithm,
                digits: p.digits,
                period: p.period,
                time: nowMs,
                ...(window === undefined ? {} : { window: window as number | [number, number] }),
              });
        if (f.json) {
          await io.write(
            jsonLine({
              valid: result.valid,
              ...(result.reason === undefined ? {} : { reason: result.reason }),
              ...(result.step === undefined ? {} : { step: result.step }),
              ...(result.counter === undefined
                ? {}
                : { counter: typeof result.counter === 'bigint' ? result.counter.toString() : result.counter }),
              ...(result.delta === undefined ? {} : { delta: result.delta }),
              entropyBits,
              model,
            }),
          );
        } else {
          await io.write(
            result.valid
              ? `valid${result.step !== undefined ? ` (step ${result.step}, delta ${result.delta})` : ` (counter ${String(result.counter)})`}\n`
              : `invalid: ${result.reason}\n`,
          );
        }
        return result.valid ? 0 : 1;
      } catch (e) {
        if (e instanceof TypeError || e instanceof RangeError) throw otpError(cmd, args, e, p.secret);
        throw e;
      }
    }
    throw new UsageError(
      `otp: the first argument must be secret, code or verify${sub === undefined ? '' : `, got ${JSON.stringify(sub)}`}`,
    );
  },
};

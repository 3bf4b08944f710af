/**
 * The CLI's commands. Each one only parses its options and calls the public API.
 * @internal
 * @module
 */
import {
  choice,
  hotp,
  otpauthUri,
  otpSecret,
  randbelow,
  randrange,
  sample,
  shuffle,
  tokenHex,
  tokenUrlsafe,
  totp,
  verifyHotp,
  verifyTotp,
  type OtpAlgorithm,
} from '../index.js';
import { convert, UsageError, type FlagSpec, type Parsed } from './args.js';
import type { Io } from './main.js';

/** One generated value with its exact entropy and the model that produced it. */
export interface Result {
  value: string;
  entropyBits: number;
  model: string;
}

/** Streams `count` results from `next`; `space` is the number of possible values (for --unique). */
export type Emitter = (next: () => Result, space?: bigint) => Promise<void>;

export interface Command {
  summary: string;
  usage: string;
  examples: string[];
  flags: Record<string, FlagSpec>;
  /** Generators get --count, --json and --unique. */
  generator: boolean;
  run(args: Parsed, io: Io, emit: Emitter): Promise<number>;
}

/** log2 of a positive bigint, to double precision. */
export function log2Big(n: bigint): number {
  const bits = n.toString(2).length;
  if (bits <= 1000) return Math.log2(Number(n));
  const shift = BigInt(bits - 64);
  return Math.log2(Number(n >> shift)) + Number(shift);
}

/** Items from the positionals, or else one per line of stdin. */
async function items(args: Parsed, io: Io, command: string): Promise<string[]> {
  if (args.positionals.length > 0) return args.positionals;
  if (io.stdinIsTTY) throw new UsageError(`${command}: give the items as arguments or as lines on stdin`);
  let text = '';
  const lines: string[] = [];
  for await (const chunk of io.readStdin()) {
    text += chunk;
    const parts = text.split('\n');
    text = parts.pop()!;
    for (const p of parts) lines.push(p.endsWith('\r') ? p.slice(0, -1) : p);
  }
  if (text) lines.push(text);
  return lines;
}

/** log2 of the number of distinct arrangements of `list`: n! over the factorials of repeat counts. */
function arrangementsLog2(list: readonly string[]): number {
  const counts = new Map<string, number>();
  let bits = 0;
  for (let i = 0; i < list.length; i++) {
    const c = (counts.get(list[i]!) ?? 0) + 1;
    counts.set(list[i]!, c);
    // Builds n!/(m1!·m2!·…) one item at a time: the i-th item adds log2(i+1) - log2(its count so far).
    bits += Math.log2(i + 1) - Math.log2(c);
  }
  return bits;
}

async function writeList(io: Io, list: readonly string[], json: boolean, bits: number, model: string): Promise<void> {
  if (json) await io.write(JSON.stringify({ value: list, entropyBits: bits, model }) + '\n');
  else if (list.length) await io.write(list.join('\n') + '\n');
}

/** Exact Shannon entropy of a uniform pick from `list` (duplicates make some values likelier). */
function pickEntropy(list: readonly string[]): { bits: number; distinct: number } {
  const counts = new Map<string, number>();
  for (const x of list) counts.set(x, (counts.get(x) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) h -= (c / list.length) * Math.log2(c / list.length);
  return { bits: h, distinct: counts.size };
}

export const COMMANDS: Record<string, Command> = {
  token: {
    summary: 'a random token (default: 32 bytes as URL-safe base64)',
    usage: '[--bytes N] [--hex | --urlsafe]',
    examples: ['token', 'token --hex --bytes 16', 'token --count 5 --json'],
    flags: {
      bytes: { type: 'int', help: 'random bytes (default 32)', min: 0, max: 1 << 20 },
      hex: { type: 'bool', help: 'lowercase hex' },
      urlsafe: { type: 'bool', help: 'URL-safe base64 without padding (default)' },
    },
    generator: true,
    async run(args, _io, emit) {
      const f = args.flags;
      if (args.positionals.length)
        throw new UsageError(`token: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      if (f.hex && f.urlsafe) throw new UsageError('token: choose one of --hex and --urlsafe');
      const bytes = (f.bytes as number | undefined) ?? 32;
      const make = f.hex ? tokenHex : tokenUrlsafe;
      const model = `${bytes} uniform random bytes, ${f.hex ? 'hex' : 'base64url'}`;
      await emit(() => ({ value: make(bytes), entropyBits: 8 * bytes, model }), 1n << BigInt(8 * bytes));
      return 0;
    },
  },
  int: {
    summary: 'a uniform random integer: int N gives 0..N-1, int START STOP [STEP] is randrange (any size)',
    usage: 'N | START STOP [STEP]',
    examples: ['int 6', 'int 1 7', 'int 0 100 5', 'int 100000000000000000000000000000', 'int 10 --count 3'],
    flags: {},
    generator: true,
    async run(args, _io, emit) {
      const p = args.positionals;
      if (p.length < 1 || p.length > 3) throw new UsageError('int: give N, or START STOP, or START STOP STEP');
      const names = p.length === 1 ? ['<N>'] : ['<START>', '<STOP>', '<STEP>'];
      const v = p.map((text, i) => convert('int', names[i]!, { type: 'bigint', help: '' }, text) as bigint);
      let start = 0n;
      let stop: bigint;
      let step = 1n;
      if (v.length === 1) stop = v[0]!;
      else [start, stop, step = 1n] = v as [bigint, bigint, bigint?];
      if (step === 0n) throw new UsageError('int: STEP must not be 0');
      // The number of values in range(start, stop, step), as Python counts it.
      const n = step > 0n ? (stop - start + step - 1n) / step : (start - stop - step - 1n) / -step;
      if (n <= 0n) throw new UsageError(`int: the range is empty (${p.join(' ')})`);
      const safe = [start, stop, step].every(
        (x) => x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER),
      );
      const draw = safe
        ? () => randrange(Number(start), Number(stop), Number(step))
        : () => randrange(start, stop, step);
      const bits = log2Big(n);
      const model = `uniform integer in range(${start}, ${stop}, ${step})`;
      await emit(
        () => ({ value: String(v.length === 1 && safe ? randbelow(Number(stop)) : draw()), entropyBits: bits, model }),
        n,
      );
      return 0;
    },
  },
  shuffle: {
    summary: 'print the items in a uniformly random order (from the arguments, or from stdin lines)',
    usage: '[ITEM...]',
    examples: ['shuffle alice bob carol dave', 'shuffle < names.txt', 'seq 1 52 | secrets-ts shuffle'],
    flags: { json: { type: 'bool', help: 'print one JSON object: {"value": [...], "entropyBits", "model"}' } },
    generator: false,
    async run(args, io) {
      const list = await items(args, io, 'shuffle');
      shuffle(list);
      await writeList(
        io,
        list,
        Boolean(args.flags.json),
        arrangementsLog2(list),
        `uniformly random order of ${list.length} items`,
      );
      return 0;
    },
  },
  sample: {
    summary: 'print K distinct items chosen uniformly, in random order (from the arguments, or from stdin lines)',
    usage: 'K [ITEM...]',
    examples: ['sample 2 alice bob carol dave', 'sample 3 < names.txt'],
    flags: { json: { type: 'bool', help: 'print one JSON object: {"value": [...], "entropyBits", "model"}' } },
    generator: false,
    async run(args, io) {
      const [kText, ...rest] = args.positionals;
      if (kText === undefined) throw new UsageError('sample: give K, the number of items to pick');
      const k = convert('sample', '<K>', { type: 'int', help: '', min: 0 }, kText) as number;
      const list = await items({ ...args, positionals: rest }, io, 'sample');
      if (k > list.length) throw new UsageError(`sample: K = ${k} is larger than the ${list.length} items given`);
      const distinct = new Set(list).size === list.length;
      let bits = 0;
      for (let i = 0; i < k; i++) bits += Math.log2(list.length - i);
      const model = `uniform ordered sample of ${k} of ${list.length} items${distinct ? '' : ' (items repeat: the bits count positions, an upper bound)'}`;
      await writeList(io, sample(list, k), Boolean(args.flags.json), bits, model);
      return 0;
    },
  },
  choice: {
    summary: 'pick one item uniformly (from the arguments, or from stdin lines)',
    usage: '[ITEM...]',
    examples: ['choice heads tails', 'choice < names.txt', 'choice red green blue --count 3'],
    flags: {},
    generator: true,
    async run(args, io, emit) {
      const list = await items(args, io, 'choice');
      if (list.length === 0) throw new UsageError('choice: cannot choose from an empty list');
      const { bits, distinct } = pickEntropy(list);
      const model = `uniform pick from ${list.length} items`;
      await emit(() => ({ value: choice(list), entropyBits: bits, model }), BigInt(distinct));
      return 0;
    },
  },
  otp: {
    summary: 'one-time passwords: make a secret and its otpauth:// URI, print a code, verify a code',
    usage: 'secret [--account A --issuer I] | code SECRET [--counter C] | verify SECRET CODE [--counter C]',
    examples: [
      'otp secret --account alice@example.com --issuer ACME',
      'otp code JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
      'otp code JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP --counter 7',
      'otp verify JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP 123456 --window 1,0',
    ],
    flags: {
      account: { type: 'string', arg: 'NAME', help: 'account shown in the app (otp secret)' },
      issuer: { type: 'string', arg: 'NAME', help: 'service name shown in the app (otp secret)' },
      bytes: { type: 'int', help: 'secret size in bytes, 16 to 64 (default 20)', min: 16, max: 64 },
      counter: { type: 'bigint', help: 'use HOTP with this counter instead of TOTP' },
      digits: { type: 'int', help: 'code length, 6 to 10 (default 6)', min: 6, max: 10 },
      period: { type: 'int', help: 'TOTP step in seconds (default 30)', min: 1 },
      algorithm: { type: 'string', arg: 'ALG', help: 'SHA-1 (default), SHA-256 or SHA-512' },
      time: { type: 'int', arg: 'MS', help: 'TOTP time in ms since 1970 (default: now)' },
      window: { type: 'string', arg: 'P,F', help: 'verify: steps accepted in the past and future (default 1,0)' },
      json: { type: 'bool', help: 'print JSON' },
    },
    generator: false,
    async run(args, io) {
      const f = args.flags;
      const [sub, ...rest] = args.positionals;
      const algorithm =
        f.algorithm === undefined ? undefined : (normalizeAlgorithm(f.algorithm as string) as OtpAlgorithm);
      const digits = f.digits as number | undefined;
      const counter = f.counter as bigint | undefined;
      const asCounter = (c: bigint) => (c <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(c) : c);
      if (sub === 'secret') {
        if (rest.length) throw new UsageError(`otp secret: unexpected argument ${JSON.stringify(rest[0])}`);
        const secret = otpSecret(f.bytes as number | undefined);
        const uri = otpauthUri({
          type: counter === undefined ? 'totp' : 'hotp',
          secret,
          account: (f.account as string | undefined) ?? 'user',
          issuer: f.issuer as string | undefined,
          algorithm,
          digits,
          ...(counter === undefined ? { period: f.period as number | undefined } : { counter: asCounter(counter) }),
        });
        const bits = 8 * ((f.bytes as number | undefined) ?? 20);
        await io.write(
          f.json
            ? JSON.stringify({ secret, uri, entropyBits: bits, model: `${bits / 8} uniform random bytes, base32` }) +
                '\n'
            : `${secret}\n${uri}\n`,
        );
        return 0;
      }
      if (sub === 'code') {
        if (rest.length !== 1) throw new UsageError('otp code: give the secret (base32)');
        const code =
          counter === undefined
            ? await totp(rest[0]!, {
                algorithm,
                digits,
                period: f.period as number | undefined,
                time: f.time as number | undefined,
              })
            : await hotp(rest[0]!, asCounter(counter), { algorithm, digits });
        await io.write(f.json ? JSON.stringify({ code }) + '\n' : `${code}\n`);
        return 0;
      }
      if (sub === 'verify') {
        if (rest.length !== 2) throw new UsageError('otp verify: give the secret and the code');
        const [secret, code] = rest as [string, string];
        let result: { valid: boolean; reason?: string; step?: number; counter?: number | bigint; delta?: number };
        if (counter === undefined) {
          const w = f.window === undefined ? undefined : parseWindow(f.window as string);
          result = await verifyTotp(code, secret, {
            algorithm,
            digits,
            period: f.period as number | undefined,
            time: f.time as number | undefined,
            window: w,
          });
        } else {
          const w = f.window === undefined ? undefined : Number(parseWindow(f.window as string)[1]);
          result = await verifyHotp(code, secret, { counter: asCounter(counter), algorithm, digits, window: w });
        }
        const text = f.json
          ? JSON.stringify(result, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
          : result.valid
            ? `valid${result.step !== undefined ? ` (step ${result.step}, delta ${result.delta})` : ` (counter ${result.counter})`}`
            : `invalid: ${result.reason}`;
        await io.write(text + '\n');
        return result.valid ? 0 : 1;
      }
      throw new UsageError(
        `otp: the first argument must be secret, code or verify${sub === undefined ? '' : `, got ${JSON.stringify(sub)}`}`,
      );
    },
  },
};

function normalizeAlgorithm(a: string): string {
  const m = /^sha-?(1|256|512)$/i.exec(a);
  if (!m) throw new UsageError(`otp: --algorithm must be SHA-1, SHA-256 or SHA-512, got ${JSON.stringify(a)}`);
  return `SHA-${m[1]}`;
}

function parseWindow(text: string): [number, number] {
  const m = /^(\d+)(?:,(\d+))?$/.exec(text);
  if (!m)
    throw new UsageError(`otp: --window must be P or P,F (steps in the past and future), got ${JSON.stringify(text)}`);
  return [Number(m[1]), Number(m[2] ?? 0)];
}

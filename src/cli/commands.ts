/**
 * The CLI's commands. Each one only parses its options and calls the public API.
 * @internal
 * @module
 */
import { choice, randbelow, tokenHex, tokenUrlsafe } from '../index.js';
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
    summary: 'a uniform random integer: int N gives 0..N-1 (any size)',
    usage: 'N',
    examples: ['int 6', 'int 100000000000000000000000000000', 'int 10 --count 3'],
    flags: {},
    generator: true,
    async run(args, _io, emit) {
      if (args.positionals.length !== 1) throw new UsageError('int: give one bound N (the result is in 0..N-1)');
      const n = convert('int', '<N>', { type: 'bigint', help: '' }, args.positionals[0]!) as bigint;
      if (n <= 0n) throw new UsageError(`int: N must be positive, got ${n}`);
      const bits = log2Big(n);
      const small = n <= BigInt(Number.MAX_SAFE_INTEGER);
      const m = Number(n);
      await emit(
        () => ({
          value: String(small ? randbelow(m) : randbelow(n)),
          entropyBits: bits,
          model: `uniform integer in [0, ${n})`,
        }),
        n,
      );
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
};

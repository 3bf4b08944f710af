/**
 * What every command shares: the I/O interface, the command and result types, the exit codes, and
 * the helpers that read items, files and contradicting flags.
 * @internal
 * @module
 */
import { UsageError, type FlagSpec, type Parsed } from './args.js';

/** Exit statuses, the same for every command. */
export const EXIT = {
  /** Success; for `otp verify`, the code is valid. */
  ok: 0,
  /** `otp verify` only: the code is not valid. */
  invalid: 1,
  /** Bad input: a flag, a value, a file that cannot be read. */
  usage: 2,
  /** An internal failure: an I/O error, no Web Crypto, a bug. */
  internal: 3,
} as const;

/** An internal failure (exit 3), such as a write error other than a closed pipe. */
export class InternalError extends Error {}

/** Where the CLI reads and writes. */
export interface Io {
  /** Writes to stdout; resolves `false` once the reader has gone away (EPIPE). */
  write(text: string): boolean | Promise<boolean>;
  /** Writes bytes to stdout (for `token --raw`). */
  writeBytes?(bytes: Uint8Array): boolean | Promise<boolean>;
  /** Writes to stderr. */
  error(text: string): void;
  /** Stdin as text chunks. */
  readStdin(): AsyncIterable<string>;
  stdinIsTTY: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY: boolean;
  /** Reads a text file; rejects with a Node-style error (`code`) when it cannot. */
  readFile?(path: string): Promise<string>;
  /** An environment variable (for `otp --secret-env`). */
  env?(name: string): string | undefined;
  /** Milliseconds, for the progress bar. */
  now(): number;
  /** Unix time in milliseconds (for TOTP); defaults to `Date.now()`. */
  clock?(): number;
  /** A job shows a progress bar once it has run this long (default 1000 ms). */
  progressAfterMs?: number;
}

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
  /** Generators get --count, --json, --unique and --quiet. */
  generator: boolean;
  /** Extra help lines (warnings, units). */
  notes?: string[];
  run(args: Parsed, io: Io, emit: Emitter): Promise<number>;
}

/** Refuses positionals for commands that take none. */
export function noPositionals(command: string, args: Parsed): void {
  if (args.positionals.length)
    throw new UsageError(`${command}: unexpected argument ${JSON.stringify(args.positionals[0])}`);
}

/** The flags among `names` that were given, as typed. */
export function given(args: Parsed, names: readonly string[]): string[] {
  return names.filter((n) => args.flags[n] !== undefined).map((n) => args.typed[n] ?? `--${n}`);
}

/** Refuses more than one of `names` (contradicting flags). */
export function atMostOne(command: string, args: Parsed, names: readonly string[]): void {
  const g = given(args, names);
  if (g.length > 1) throw new UsageError(`${command}: ${g.join(' and ')} contradict each other; give one`);
}

/** Splits text into lines, dropping one trailing newline and any `\r` before a `\n`. */
function toLines(text: string): string[] {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** All of stdin as text. */
export async function readAllStdin(io: Io): Promise<string> {
  let text = '';
  for await (const chunk of io.readStdin()) text += chunk;
  return text;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
};

/** Reads the file a flag names (`-` is stdin); a file that cannot be read is bad input (exit 2). */
export async function readInput(io: Io, command: string, label: string, path: string): Promise<string> {
  if (path === '-') {
    if (io.stdinIsTTY) throw new UsageError(`${command}: ${label} - reads stdin, but stdin is a terminal`);
    return readAllStdin(io);
  }
  if (!io.readFile) throw new UsageError(`${command}: cannot read ${label} ${path}: no file system`);
  try {
    return await io.readFile(path);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const reason = typeof code === 'string' ? (REASONS[code] ?? code) : String((e as Error).message);
    throw new UsageError(`${command}: cannot read ${label} ${path}: ${reason}`);
  }
}

/** Items from the positionals, or else one per line of stdin (also when the only positional is `-`). */
export async function items(args: Parsed, io: Io, command: string, positionals = args.positionals): Promise<string[]> {
  if (positionals.length > 0 && !(positionals.length === 1 && positionals[0] === '-')) return positionals;
  if (io.stdinIsTTY) throw new UsageError(`${command}: give the items as arguments or as lines on stdin`);
  return toLines(await readAllStdin(io));
}

/**
 * A count in JSON: a number when the double holds it exactly, else its decimal digits as a string.
 */
export function jsonCount(n: number | bigint): number | string {
  if (typeof n === 'bigint')
    return n <= BigInt(Number.MAX_SAFE_INTEGER) && n >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
  if (Number.isSafeInteger(n)) return n;
  return Number.isFinite(n) ? BigInt(Math.round(n)).toString() : String(n);
}

/** One JSON line. */
export const jsonLine = (o: unknown): string => JSON.stringify(o) + '\n';

/**
 * Turns a library error into the user's words: drops the library function's name, and replaces
 * its parameter names with the flags as typed.
 */
export function inUserWords(command: string, e: Error, terms: Record<string, string>): UsageError {
  let m = e.message.split('\n')[0]!.replace(/^[A-Za-z0-9#.]+: /, '');
  const keys = Object.keys(terms).sort((a, b) => b.length - a.length);
  // A plain name is replaced only as the subject at the start (`size must be …`); a qualified
  // name (`policy.length`, `options.separator`) or a phrase, wherever it appears.
  const lead = keys.find((k) => m.startsWith(k) && /^[\s.[]/.test(m.slice(k.length)));
  if (lead !== undefined) m = terms[lead]! + m.slice(lead.length);
  for (const key of keys) if (/[.\s]/.test(key)) m = m.split(key).join(terms[key]!);
  return new UsageError(`${command}: ${m}`);
}

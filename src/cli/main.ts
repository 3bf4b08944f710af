/**
 * The `secrets-ts` command line. `main(argv, io)` does all the work and returns the exit status, so
 * tests can run it in-process; `bin.ts` wires it to the real process.
 * @module
 */
import { tokenHex, tokenUrlsafe, DEFAULT_ENTROPY } from '../index.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Where the CLI reads and writes. */
export interface Io {
  write(text: string): boolean | Promise<boolean>;
  error(text: string): void;
  readStdin(): AsyncIterable<string>;
  stderrIsTTY: boolean;
}

/** A usage error: exit status 2 and a one-line message. */
export class UsageError extends Error {}

export function nodeIo(): Io {
  let broken = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      broken = true;
      process.exit(0);
    }
    throw e;
  });
  return {
    write(text) {
      if (broken) return false;
      return process.stdout.write(text) ? true : new Promise((r) => process.stdout.once('drain', () => r(true)));
    },
    error(text) {
      process.stderr.write(text);
    },
    async *readStdin() {
      process.stdin.setEncoding('utf8');
      for await (const chunk of process.stdin) yield chunk as string;
    },
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

const HELP = `secrets-ts ${VERSION}: secure tokens, passwords and IDs

Usage: secrets-ts <command> [options]

Commands:
  token      print a random token (default: 32 bytes, URL-safe base64)

Options for every command:
  --count N  print N results, one a line
  --help     show help
  --version  print the version

Examples:
  secrets-ts token
  secrets-ts token --hex --bytes 16
  secrets-ts token --count 5
`;

function parseInt10(flag: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined || !/^\d+$/.test(text))
    throw new UsageError(`${flag} needs a whole number, got ${JSON.stringify(text ?? '')}`);
  const n = Number(text);
  if (n < min || n > max) throw new UsageError(`${flag} must be from ${min} to ${max}, got ${text}`);
  return n;
}

/** Runs the CLI and returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      await io.write(HELP);
      return 0;
    }
    if (command === '--version' || command === '-V') {
      await io.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'token') return await tokenCommand(rest, io);
    throw new UsageError(`unknown command ${JSON.stringify(command)}; try --help`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError || e instanceof TypeError) {
      io.error(`secrets-ts: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function tokenCommand(args: readonly string[], io: Io): Promise<number> {
  let bytes = DEFAULT_ENTROPY;
  let count = 1;
  let format: 'urlsafe' | 'hex' = 'urlsafe';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help') {
      await io.write('Usage: secrets-ts token [--bytes N] [--hex | --urlsafe] [--count N]\n');
      return 0;
    } else if (a === '--bytes') bytes = parseInt10(a, args[++i], 0, 1 << 20);
    else if (a === '--count') count = parseInt10(a, args[++i], 0, Number.MAX_SAFE_INTEGER);
    else if (a === '--hex') format = 'hex';
    else if (a === '--urlsafe') format = 'urlsafe';
    else throw new UsageError(`token: unknown option ${JSON.stringify(a)}`);
  }
  const one = format === 'hex' ? () => tokenHex(bytes) : () => tokenUrlsafe(bytes);
  await streamLines(io, count, one);
  return 0;
}

/** Writes `count` lines in 64 KiB batches: constant memory, few system calls. */
async function streamLines(io: Io, count: number, next: () => string): Promise<void> {
  let buf = '';
  for (let i = 0; i < count; i++) {
    buf += next() + '\n';
    if (buf.length >= 65536) {
      if ((await io.write(buf)) === false) return;
      buf = '';
    }
  }
  if (buf) await io.write(buf);
}

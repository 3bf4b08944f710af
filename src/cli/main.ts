/**
 * The `secrets-ts` command line. `main(argv, io)` does all the work and returns the exit status, so
 * tests run it in-process; `bin.ts` wires it to the real process.
 * @internal
 * @module
 */
import { COMMANDS, type Command, type Emitter, type Result } from './commands.js';
import { parseArgs, UsageError } from './args.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

/** Where the CLI reads and writes. */
export interface Io {
  /** Writes to stdout; resolves `false` once the reader has gone away (EPIPE). */
  write(text: string): boolean | Promise<boolean>;
  /** Writes to stderr. */
  error(text: string): void;
  /** Stdin as text chunks. */
  readStdin(): AsyncIterable<string>;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Reads a text file (for --wordlist). */
  readFile?(path: string): Promise<string>;
  /** Milliseconds, for the progress bar. */
  now(): number;
  /** A job shows a progress bar once it has run this long (default 1000 ms). */
  progressAfterMs?: number;
}

export { UsageError };

function helpText(): string {
  const order = [
    'token',
    'password',
    'passphrase',
    'pin',
    'id',
    'uuid',
    'int',
    'choice',
    'shuffle',
    'sample',
    'otp',
    'entropy',
    'collision',
  ];
  const names = [...order.filter((n) => n in COMMANDS), ...Object.keys(COMMANDS).filter((n) => !order.includes(n))];
  const width = Math.max(...names.map((k) => k.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]!.summary}`);
  return `secrets-ts ${VERSION}: secure tokens, passwords, IDs and the maths behind them

Usage: secrets-ts <command> [options]

Commands:
${lines.join('\n')}

Options for the generators (token, password, passphrase, pin, id, uuid, int, choice):
  --count N   print N results, one a line (streamed, constant memory)
  --json      one JSON object a line: {"value", "entropyBits", "model"}
  --unique    never print the same value twice (refused up front if N exceeds the space)
  --help      help for a command, with examples
  --version   print the version

Run 'secrets-ts <command> --help' for a command's options.
`;
}

function commandHelp(name: string, c: Command): string {
  const row = (flag: string, help: string) => `  ${flag.padEnd(24)}${help}`;
  const flags = Object.entries(c.flags).map(([f, spec]) =>
    row(`--${f}${spec.type === 'bool' ? '' : ` ${spec.arg ?? 'N'}`}`, spec.help),
  );
  if (c.generator) {
    flags.push(
      row('--count N', 'how many results (default 1)'),
      row('--json', 'JSON lines with the exact entropy and the model'),
      row('--unique', 'distinct results only'),
    );
  }
  return `Usage: secrets-ts ${name} ${c.usage}\n\n${c.summary}\n\nOptions:\n${flags.join('\n')}\n\nExamples:\n${c.examples
    .map((e) => `  secrets-ts ${e}`)
    .join('\n')}\n`;
}

/** Runs the CLI and returns the exit status (0 success, 1 a failed check such as `otp verify`, 2 bad input). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      await io.write(helpText());
      return 0;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
      await io.write(`${VERSION}\n`);
      return 0;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}; run 'secrets-ts --help' for the list`);
    const flags = command.generator
      ? {
          ...command.flags,
          count: { type: 'int', help: '', min: 0 } as const,
          json: { type: 'bool', help: '' } as const,
          unique: { type: 'bool', help: '' } as const,
        }
      : command.flags;
    const args = parseArgs(name, rest, { ...flags, help: { type: 'bool', help: '' } });
    if (args.flags.help) {
      await io.write(commandHelp(name, command));
      return 0;
    }
    return await command.run(args, io, emitter(io, args.flags));
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError || e instanceof TypeError) {
      io.error(`secrets-ts: ${e.message.split('\n')[0]}\n`);
      return 2;
    }
    throw e;
  }
}

/** Streams results: batched writes, `--json`, `--unique`, and a progress bar on a TTY. */
function emitter(io: Io, flags: Record<string, unknown>): Emitter {
  const count = (flags.count as number | undefined) ?? 1;
  const json = Boolean(flags.json);
  const unique = Boolean(flags.unique);
  return async (next: () => Result, space?: bigint) => {
    if (unique && space !== undefined && BigInt(count) > space) {
      throw new UsageError(`--unique: cannot make ${count} distinct results from a space of only ${space}`);
    }
    const seen = unique ? new Set<string>() : undefined;
    const started = io.now();
    const after = io.progressAfterMs ?? 1000;
    let lastDraw = -Infinity;
    let buf = '';
    for (let i = 0; i < count; i++) {
      let r = next();
      if (seen) {
        while (seen.has(r.value)) r = next();
        seen.add(r.value);
      }
      buf += json
        ? JSON.stringify({ value: r.value, entropyBits: r.entropyBits, model: r.model }) + '\n'
        : r.value + '\n';
      if (buf.length >= 65536) {
        if ((await io.write(buf)) === false) return;
        buf = '';
        if (io.stderrIsTTY) {
          const t = io.now();
          if (t - started >= after && t - lastDraw > 100) {
            lastDraw = t;
            const pct = Math.floor(((i + 1) / count) * 100);
            io.error(`\r[${'#'.repeat(Math.floor(pct / 5)).padEnd(20)}] ${pct}% (${i + 1}/${count})`);
          }
        }
      }
    }
    if (buf) await io.write(buf);
    if (io.stderrIsTTY && io.now() - started >= after) io.error(`\r${' '.repeat(60)}\r`);
  };
}

/**
 * The `secrets-ts` command line. `main(argv, io)` finds the command, parses its flags, and returns
 * the exit status, so tests run it in-process; `bin.ts` wires it to the real process.
 * @internal
 * @module
 */
import { SecureRandomUnavailableError, SubtleCryptoUnavailableError } from '../index.js';
import { parseArgs, UsageError, type FlagSpec } from './args.js';
import { COMMANDS } from './commands/index.js';
import { emitter } from './emit.js';
import { EXIT, InternalError, type Command, type Io } from './io.js';

declare const __VERSION__: string;
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

export { UsageError };
export type { Io };

/** Flags every generator takes. */
const GENERATOR_FLAGS: Record<string, FlagSpec> = {
  count: { type: 'int', help: 'print N results, one a line (default 1; 1e6 works)', min: 0, short: 'n' },
  json: { type: 'bool', help: 'one JSON object a line: {"value", "entropyBits", "model"}' },
  unique: { type: 'bool', help: 'distinct results only (refused up front if N exceeds the space)' },
  quiet: { type: 'bool', help: 'no progress bar', short: 'q' },
};
/** Flags every command takes. */
const COMMON_FLAGS: Record<string, FlagSpec> = {
  help: { type: 'bool', help: 'this help', short: 'h' },
  version: { type: 'bool', help: 'print the version', short: 'V' },
};

const EXIT_HELP = `Exit status: 0 success (otp verify: valid), 1 otp verify: invalid, 2 bad input,
3 internal failure (an I/O error, no Web Crypto).`;

function helpText(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((k) => k.length));
  const lines = names.map((name) => `  ${name.padEnd(width)}  ${COMMANDS[name]!.summary}`);
  return `secrets-ts ${VERSION}: secure tokens, passwords, IDs and the maths behind them

Usage: secrets-ts <command> [options]
       secrets-ts help <command>

Commands:
${lines.join('\n')}

Options for the generators (token, password, passphrase, pin, id, uuid, int, choice):
  -n, --count N   print N results, one a line (streamed, constant memory)
  --json          one JSON object a line: {"value", "entropyBits", "model"}
  --unique        never print the same value twice (refused up front if N exceeds the space)
  -q, --quiet     no progress bar (it shows only when stderr is a terminal and stdout is not)
Every command:
  -h, --help      help for a command, with examples
  -V, --version   print the version

${EXIT_HELP}
`;
}

function flagsOf(c: Command): Record<string, FlagSpec> {
  return { ...c.flags, ...(c.generator ? GENERATOR_FLAGS : {}), ...COMMON_FLAGS };
}

function commandHelp(name: string, c: Command): string {
  const row = (spec: FlagSpec, f: string) => {
    const left = `${spec.short ? `-${spec.short}, ` : ''}--${f}${spec.type === 'bool' ? '' : ` ${spec.arg ?? 'N'}`}`;
    return `  ${left.padEnd(26)}${spec.help}`;
  };
  const flags = Object.entries(flagsOf(c))
    .filter(([, s]) => !s.hidden)
    .map(([f, s]) => row(s, f));
  return `Usage: secrets-ts ${name} ${c.usage}

${c.summary}

Options:
${flags.join('\n')}
${c.notes ? `\n${c.notes.join('\n')}\n` : ''}
Examples:
${c.examples.map((e) => `  secrets-ts ${e}`).join('\n')}

${EXIT_HELP}
`;
}

const own = (name: string): boolean => Object.prototype.hasOwnProperty.call(COMMANDS, name);

/** Runs the CLI and returns the exit status: 0 success, 1 `otp verify` invalid, 2 bad input, 3 internal. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h') {
      await io.write(helpText());
      return EXIT.ok;
    }
    if (name === 'help') {
      const topic = rest[0];
      if (topic === undefined) await io.write(helpText());
      else if (own(topic)) await io.write(commandHelp(topic, COMMANDS[topic]!));
      else throw new UsageError(`help: unknown command ${JSON.stringify(topic)}; run 'secrets-ts --help' for the list`);
      return EXIT.ok;
    }
    if (name === '--version' || name === '-V' || name === 'version') {
      await io.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (!own(name))
      throw new UsageError(`unknown command ${JSON.stringify(name)}; run 'secrets-ts --help' for the list`);
    const command = COMMANDS[name]!;
    // A help or version request wins over anything else on the line, even a bad flag (but not
    // after `--`, where every word is an argument).
    const end = rest.indexOf('--');
    const opts = end < 0 ? rest : rest.slice(0, end);
    if (opts.some((a) => a === '--help' || a === '-h')) {
      await io.write(commandHelp(name, command));
      return EXIT.ok;
    }
    if (opts.some((a) => a === '--version' || a === '-V')) {
      await io.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    const args = parseArgs(name, rest, flagsOf(command));
    const f = args.flags;
    const emit = emitter(io, {
      count: (f.count as number | undefined) ?? 1,
      json: Boolean(f.json),
      unique: Boolean(f.unique),
      quiet: Boolean(f.quiet),
    });
    return await command.run(args, io, emit);
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError || e instanceof TypeError) {
      io.error(`secrets-ts: ${e.message.split('\n')[0]}\n`);
      return EXIT.usage;
    }
    if (
      e instanceof SecureRandomUnavailableError ||
      e instanceof SubtleCryptoUnavailableError ||
      e instanceof InternalError
    ) {
      io.error(`secrets-ts: ${String(e.message).split('\n')[0]}\n`);
      return EXIT.internal;
    }
    throw e;
  }
}

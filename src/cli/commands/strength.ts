/**
 * What `entropy` and `collision` share: the alphabet-size and rate flags, and the crack-time report.
 * @internal
 * @module
 */
import { ATTACKERS, crackTime, entropyBits, type Attacker } from '../../index.js';
import { UsageError, type FlagSpec, type Parsed } from '../args.js';
import { atMostOne, inUserWords, jsonLine, type Io } from '../io.js';

/** `--size` is an ID's length in `id`; these commands refuse it and name the flag they mean. */
export const SIZE_HINT: FlagSpec = { type: 'string', help: '', hidden: true };

export function refuseSize(command: string, args: Parsed): void {
  if (args.flags.size !== undefined)
    throw new UsageError(
      `${command}: --size is an ID's length (in 'secrets-ts id'); for the number of symbols in the alphabet use --alphabet-size`,
    );
}

/** The bits of `--alphabet CHARS --length L` or `--alphabet-size N --length L`, if given. */
export function alphabetBits(command: string, args: Parsed): { bits: number; model: string } | undefined {
  const f = args.flags;
  atMostOne(command, args, ['alphabet', 'alphabet-size']);
  const which = f.alphabet !== undefined ? 'alphabet' : f['alphabet-size'] !== undefined ? 'alphabet-size' : undefined;
  if (which === undefined) return undefined;
  if (f.length === undefined) throw new UsageError(`${command}: ${args.typed[which]} needs --length L`);
  const length = f.length as number;
  try {
    if (which === 'alphabet') {
      const n = [...(f.alphabet as string)].length;
      return {
        bits: entropyBits({ alphabet: f.alphabet as string, length }),
        model: `${length} uniform symbols from a ${n}-symbol alphabet`,
      };
    }
    const n = f['alphabet-size'] as number;
    return {
      bits: entropyBits({ alphabetSize: n, length }),
      model: `${length} uniform symbols from a ${n}-symbol alphabet`,
    };
  } catch (e) {
    throw inUserWords(command, e as Error, {
      alphabetSize: '--alphabet-size',
      alphabet: args.typed.alphabet ?? '--alphabet',
      length: args.typed.length ?? '--length',
    });
  }
}

/**
 * Seconds in JSON: a number when a double holds it, else a string in scientific notation from its
 * log10 (`"1.2e400"`), as counts are strings when a double cannot hold them.
 */
export function seconds(s: number, log10: number): number | string {
  if (Number.isFinite(s)) return s;
  const e = Math.floor(log10);
  return `${(10 ** (log10 - e)).toFixed(1)}e${e}`;
}

/** Prints the bits and the expected and worst-case crack times at a rate, an attacker, or every preset. */
export async function reportStrength(io: Io, args: Parsed, bits: number, model: string): Promise<number> {
  const f = args.flags;
  atMostOne('entropy', args, ['rate', 'attacker']);
  const attacker = f.attacker as string | undefined;
  if (attacker !== undefined && !Object.prototype.hasOwnProperty.call(ATTACKERS, attacker)) {
    throw new UsageError(
      `entropy: ${args.typed.attacker} must be one of ${Object.keys(ATTACKERS).join(', ')}, got ${JSON.stringify(attacker)}`,
    );
  }
  if (f.rate !== undefined && !((f.rate as number) > 0))
    throw new UsageError(`entropy: ${args.typed.rate} must be above 0 guesses per second, got ${String(f.rate)}`);
  const rows: [string, number][] =
    f.rate !== undefined
      ? [[`${f.rate} guesses/s`, f.rate as number]]
      : attacker !== undefined
        ? [[attacker, ATTACKERS[attacker as Attacker]]]
        : Object.entries(ATTACKERS);
  const times = rows.map(([name, rate]) => ({ attacker: name, ...crackTime(bits, { rate }) }));
  if (f.json) {
    await io.write(
      jsonLine({
        entropyBits: bits,
        model,
        crackTimes: times.map((t) => ({
          attacker: t.attacker,
          rate: t.rate,
          expected: t.expected,
          expectedSeconds: seconds(t.expectedSeconds, t.expectedLog10),
          worst: t.worst,
          worstSeconds: seconds(t.worstSeconds, t.worstLog10),
        })),
      }),
    );
    return 0;
  }
  const lines = [
    `${bits.toFixed(2)} bits of entropy (${model})`,
    ...times.map((t) => `  ${t.attacker.padEnd(18)} ${t.expected} on average, ${t.worst} at most`),
  ];
  await io.write(lines.join('\n') + '\n');
  return 0;
}

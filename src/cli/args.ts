/**
 * The argument parser: `--flag value`, `--flag=value`, short flags (`-n 5`, `-n5`), boolean flags,
 * positionals, and `--`. Numbers are read the same way for every flag. Every problem is a
 * {@link UsageError} that names the flag as the user typed it.
 * @internal
 * @module
 */

/** Bad input: exit status 2 and a one-line message. */
export class UsageError extends Error {}

export interface FlagSpec {
  type: 'int' | 'bool' | 'string' | 'number' | 'bigint';
  help: string;
  /** The value's name in the help (default `N`). */
  arg?: string;
  /** Inclusive limits of an `int` or `number` flag, as the command accepts them. */
  min?: number;
  max?: number;
  /** A one-letter alias (`n` for `-n`). */
  short?: string;
  /** Left out of the help (a flag kept only to explain a rename). */
  hidden?: boolean;
}

export interface Parsed {
  flags: Record<string, unknown>;
  /** How each flag was typed (`-n` or `--count`), for messages. */
  typed: Record<string, string>;
  positionals: string[];
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Parses `argv` against `spec`; `-` and negative numbers are positionals. */
export function parseArgs(command: string, argv: readonly string[], spec: Record<string, FlagSpec>): Parsed {
  const flags: Record<string, unknown> = {};
  const typed: Record<string, string> = {};
  const positionals: string[] = [];
  const shorts = new Map<string, string>();
  for (const [name, s] of Object.entries(spec)) if (s.short) shorts.set(s.short, name);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let name: string;
    let label: string;
    let inline: string | undefined;
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      name = a.slice(2, eq < 0 ? undefined : eq);
      label = `--${name}`;
      inline = eq < 0 ? undefined : a.slice(eq + 1);
      if (!own(spec, name))
        throw new UsageError(`${command}: unknown option ${label}; run 'secrets-ts help ${command}'`);
    } else if (/^-[A-Za-z]/.test(a)) {
      const found = shorts.get(a[1]!);
      label = a.slice(0, 2);
      if (found === undefined)
        throw new UsageError(`${command}: unknown option ${label}; run 'secrets-ts help ${command}'`);
      name = found;
      if (a.length > 2) inline = a[2] === '=' ? a.slice(3) : a.slice(2);
    } else {
      positionals.push(a);
      continue;
    }
    const s = spec[name]!;
    if (s.type !== 'bool' && own(flags, name))
      throw new UsageError(`${command}: ${label} is given twice; give it once`);
    typed[name] = label;
    if (s.type === 'bool') {
      if (inline !== undefined) throw new UsageError(`${command}: ${label} takes no value`);
      flags[name] = true;
      continue;
    }
    const text = inline ?? argv[++i];
    if (text === undefined) throw new UsageError(`${command}: ${label} needs a value`);
    flags[name] = convert(command, label, s, text);
  }
  return { flags, typed, positionals };
}

/** `from A to B`, `at least A` or `at most B`: the limits exactly as they are. */
export function limits(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `from ${fmt(min)} to ${fmt(max)}`;
  if (min !== undefined) return `at least ${fmt(min)}`;
  return max === undefined ? 'any value' : `at most ${fmt(max)}`;
}

const fmt = (n: number): string => String(n);

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]\+?(\d+))?$/;

/**
 * Reads a whole number written as digits or in scientific notation (`1000000`, `1e9`, `2.5e3`),
 * exactly, as a bigint; `undefined` if the text is not a whole number.
 */
export function readWhole(text: string): bigint | undefined {
  const m = DECIMAL.exec(text);
  if (!m) return undefined;
  const [, sign, int, frac = '', expText] = m as unknown as [string, string, string, string?, string?];
  const exp = expText === undefined ? 0 : Number(expText);
  // More than a few thousand digits is no count anyone means; refuse rather than build it.
  if (!(exp <= 4096)) return undefined;
  const digits = int + frac;
  const point = int.length + exp;
  if (point < digits.length && /[^0]/.test(digits.slice(point))) return undefined;
  const whole = BigInt(point >= digits.length ? digits + '0'.repeat(point - digits.length) : digits.slice(0, point));
  return sign === '-' ? -whole : whole;
}

/** Converts one flag's text to its type, checking its limits. */
export function convert(command: string, label: string, s: FlagSpec, text: string): unknown {
  if (s.type === 'string') return text;
  const shown = JSON.stringify(text);
  if (s.type === 'bigint' || s.type === 'int') {
    const v = readWhole(text.trim());
    if (v === undefined)
      throw new UsageError(`${command}: ${label} needs a whole number (such as 1000000 or 1e6), got ${shown}`);
    const lo = s.min === undefined ? undefined : BigInt(s.min);
    const hi = s.max === undefined ? undefined : BigInt(s.max);
    if ((lo !== undefined && v < lo) || (hi !== undefined && v > hi))
      throw new UsageError(`${command}: ${label} must be ${limits(s.min, s.max)}, got ${text}`);
    if (s.type === 'bigint') return v;
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
      throw new UsageError(`${command}: ${label} must be at most ${Number.MAX_SAFE_INTEGER}, got ${text}`);
    return Number(v);
  }
  const t = text.trim();
  const n = /^[+-]?(\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(t) ? Number(t) : NaN;
  if (!Number.isFinite(n))
    throw new UsageError(`${command}: ${label} needs a number (such as 80, 0.5 or 1e-6), got ${shown}`);
  if ((s.min !== undefined && n < s.min) || (s.max !== undefined && n > s.max))
    throw new UsageError(`${command}: ${label} must be ${limits(s.min, s.max)}, got ${text}`);
  return n;
}

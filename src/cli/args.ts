/**
 * A small argument parser: `--flag value`, `--flag=value`, boolean flags, positionals, and `--`.
 * Every problem is a {@link UsageError} that names the flag.
 * @internal
 * @module
 */

/** A usage error: exit status 2 and a one-line message. */
export class UsageError extends Error {}

export interface FlagSpec {
  type: 'int' | 'bool' | 'string' | 'number' | 'bigint';
  help: string;
  arg?: string;
  min?: number;
  max?: number;
}

export interface Parsed {
  flags: Record<string, unknown>;
  positionals: string[];
}

export function parseArgs(command: string, argv: readonly string[], spec: Record<string, FlagSpec>): Parsed {
  const flags: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a.length === 2) {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq < 0 ? undefined : eq);
    const s = Object.prototype.hasOwnProperty.call(spec, name) ? spec[name] : undefined;
    if (!s) throw new UsageError(`${command}: unknown option --${name}; run 'secrets-ts ${command} --help'`);
    if (s.type === 'bool') {
      if (eq >= 0) throw new UsageError(`${command}: --${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const text = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (text === undefined) throw new UsageError(`${command}: --${name} needs a value`);
    flags[name] = convert(command, name, s, text);
  }
  return { flags, positionals };
}

export function convert(command: string, name: string, s: FlagSpec, text: string): unknown {
  const label = name.startsWith('<') ? name : `--${name}`;
  if (s.type === 'string') return text;
  if (s.type === 'bigint') {
    if (!/^-?\d+$/.test(text))
      throw new UsageError(`${command}: ${label} needs a whole number, got ${JSON.stringify(text)}`);
    return BigInt(text);
  }
  if (s.type === 'int') {
    if (!/^-?\d+$/.test(text))
      throw new UsageError(`${command}: ${label} needs a whole number, got ${JSON.stringify(text)}`);
    const n = Number(text);
    if (!Number.isSafeInteger(n)) throw new UsageError(`${command}: ${label} is too large: ${text}`);
    if ((s.min !== undefined && n < s.min) || (s.max !== undefined && n > s.max)) {
      throw new UsageError(`${command}: ${label} must be from ${s.min ?? '-∞'} to ${s.max ?? '∞'}, got ${text}`);
    }
    return n;
  }
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`${command}: ${label} needs a number, got ${JSON.stringify(text)}`);
  return n;
}

/**
 * `secrets-ts password`, and the password policy flags that `entropy` shares.
 * @internal
 * @module
 */
import { password, passwordEntropy, passwordSpace, type PasswordClass, type PasswordPolicy } from '../../index.js';
import { MAX_LENGTH } from '../../password/policy.js';
import { UsageError, type FlagSpec, type Parsed } from '../args.js';
import { atMostOne, inUserWords, noPositionals, type Command } from '../io.js';

/** pwgen -B's look-alikes (`B8G6I1l0OQDS5Z2`), plus the library's own set (`o | ' \``). */
export const PWGEN_AMBIGUOUS = "B8G6I1l0OQDS5Z2o|'`";
/** ASCII punctuation without quotes, backslash, `$`, backtick and `!`: safe inside "double quotes". */
export const SHELL_SAFE_SYMBOLS = '#%&()*+,-./:;<=>?@[]^_{|}~';

/** Password policy flags, shared by `password` and `entropy`. */
export const POLICY_FLAGS: Record<string, FlagSpec> = {
  length: { type: 'int', help: `characters, 1 to ${MAX_LENGTH} (default 16)`, min: 1, max: MAX_LENGTH, short: 'l' },
  lower: { type: 'string', arg: 'X', help: 'a-z: N (at least N), MIN:MAX, yes (allowed) or no (excluded)' },
  upper: { type: 'string', arg: 'X', help: 'A-Z, the same forms' },
  digits: { type: 'string', arg: 'X', help: '0-9, the same forms' },
  symbols: { type: 'string', arg: 'X', help: 'the 32 ASCII punctuation characters, the same forms' },
  'lower-chars': { type: 'string', arg: 'CHARS', help: 'a custom set for the lowercase class' },
  'upper-chars': { type: 'string', arg: 'CHARS', help: 'a custom set for the uppercase class' },
  'digit-chars': { type: 'string', arg: 'CHARS', help: 'a custom set for the digit class' },
  'symbol-chars': { type: 'string', arg: 'CHARS', help: 'a custom set for the symbol class' },
  'shell-safe': {
    type: 'bool',
    help: `symbols safe in shell double quotes: ${SHELL_SAFE_SYMBOLS} (no quotes, \\, $, \` or !)`,
  },
  exclude: { type: 'string', arg: 'CHARS', help: 'characters to leave out' },
  'no-ambiguous': { type: 'bool', help: `leave out pwgen -B's look-alikes and more: ${PWGEN_AMBIGUOUS}` },
  alphabet: { type: 'string', arg: 'CHARS', help: 'one custom alphabet instead of the classes' },
};

/** The four classes: policy key, flag, custom-set flag, and what the default policy asks of each. */
const CLASSES: [keyof PasswordPolicy, string, string][] = [
  ['lowercase', 'lower', 'lower-chars'],
  ['uppercase', 'upper', 'upper-chars'],
  ['digits', 'digits', 'digit-chars'],
  ['symbols', 'symbols', 'symbol-chars'],
];

/** Parses one class flag: `N`, `MIN:MAX`, `yes` or `no`, plus its custom character set. */
function classFrom(command: string, args: Parsed, flag: string, charsFlag: string): PasswordClass | undefined {
  const text = args.flags[flag] as string | undefined;
  const chars = args.flags[charsFlag] as string | undefined;
  const label = args.typed[flag] ?? `--${flag}`;
  if (text === undefined) return chars === undefined ? undefined : { chars };
  if (/^(no|false|off)$/i.test(text)) {
    if (chars !== undefined)
      throw new UsageError(`${command}: ${label} ${text} excludes the class; ${args.typed[charsFlag]} contradicts it`);
    return false;
  }
  let m: RegExpExecArray | null;
  if (/^(yes|true|on)$/i.test(text)) return chars === undefined ? true : { chars };
  if ((m = /^(\d+)$/.exec(text))) return chars === undefined ? Number(m[1]) : { min: Number(m[1]), chars };
  if ((m = /^(\d*):(\d*)$/.exec(text))) {
    const c: { min?: number; max?: number; chars?: string } = {};
    if (m[1]) c.min = Number(m[1]);
    if (m[2]) c.max = Number(m[2]);
    if (chars !== undefined) c.chars = chars;
    return c;
  }
  throw new UsageError(`${command}: ${label} must be N, MIN:MAX, yes or no, got ${JSON.stringify(text)}`);
}

/** The policy the flags describe. */
export function policyFrom(command: string, args: Parsed): PasswordPolicy {
  const f = args.flags;
  if (f['shell-safe']) {
    atMostOne(command, args, ['shell-safe', 'symbol-chars']);
    if (typeof f.symbols === 'string' && /^(no|false|off)$/i.test(f.symbols))
      throw new UsageError(
        `${command}: ${args.typed['shell-safe']} sets the symbols; ${args.typed.symbols} no contradicts it`,
      );
  }
  if (f.alphabet !== undefined) {
    const clash = Object.keys(POLICY_FLAGS).filter(
      (k) => k !== 'alphabet' && k !== 'length' && k !== 'exclude' && k !== 'no-ambiguous' && f[k] !== undefined,
    );
    if (clash.length)
      throw new UsageError(
        `${command}: ${args.typed.alphabet} replaces the classes; ${args.typed[clash[0]!]} contradicts it`,
      );
  }
  const policy: PasswordPolicy = {};
  if (f.length !== undefined) policy.length = f.length as number;
  for (const [key, flag, charsFlag] of CLASSES) {
    let c = classFrom(command, args, flag, charsFlag);
    if (key === 'symbols' && f['shell-safe']) {
      c =
        c === undefined || c === true
          ? { chars: SHELL_SAFE_SYMBOLS }
          : typeof c === 'number'
            ? { min: c, chars: SHELL_SAFE_SYMBOLS }
            : { ...(c as object), chars: SHELL_SAFE_SYMBOLS };
    }
    if (c !== undefined) (policy as Record<string, unknown>)[key] = c;
  }
  let exclude = (f.exclude as string | undefined) ?? '';
  if (f['no-ambiguous']) {
    policy.excludeAmbiguous = true;
    for (const ch of PWGEN_AMBIGUOUS) if (!exclude.includes(ch)) exclude += ch;
  }
  if (exclude) policy.exclude = exclude;
  if (f.alphabet !== undefined) policy.alphabet = f.alphabet as string;
  return policy;
}

/** Says a policy error in the user's flags, with what the default policy asks and how to change it. */
export function policyError(command: string, args: Parsed, e: Error): UsageError {
  const m = /the class minimums add up to (\d+), more than policy\.length \((\d+)\)/.exec(e.message);
  if (m) {
    const parts = CLASSES.map(([, flag]) =>
      args.flags[flag] !== undefined
        ? `${args.typed[flag]} ${String(args.flags[flag])}`
        : `one ${flag === 'lower' ? 'lowercase' : flag === 'upper' ? 'uppercase' : flag === 'digits' ? 'digit' : 'symbol'} by default`,
    );
    const setAny = CLASSES.some(([, flag]) => args.flags[flag] !== undefined);
    const lengthLabel = args.typed.length ?? '--length';
    const lead = setAny
      ? `the classes need at least ${m[1]} characters (${parts.join(', ')})`
      : `the default policy needs at least one character of each of the four classes (lowercase, uppercase, digit, symbol), ${m[1]} in all`;
    return new UsageError(
      `${command}: ${lengthLabel} ${m[2]} is too short: ${lead}; give ${lengthLabel} ${m[1]} or more, or lower a class minimum (--lower 0, --digits 0, ...) or drop a class (--symbols no)`,
    );
  }
  const terms: Record<string, string> = {
    'policy.length': args.typed.length ?? '--length',
    'policy.lowercase': '--lower',
    'policy.uppercase': '--upper',
    'policy.digits': '--digits',
    'policy.symbols': '--symbols',
    'policy.exclude': '--exclude',
    'policy.alphabet': '--alphabet',
    'policy.excludeAmbiguous': '--no-ambiguous',
    'pass lowercase: false': 'give --lower no',
    'pass uppercase: false': 'give --upper no',
    'pass digits: false': 'give --digits no',
    'pass symbols: false': 'give --symbols no',
    '.chars': '-chars',
    '.min': ' minimum',
    '.max': ' maximum',
  };
  return inUserWords(command, e, terms);
}

export const passwordCommand: Command = {
  summary: 'a password uniform over every password the policy allows (default: 16 characters, one of each class)',
  usage:
    '[-l N] [--lower X] [--upper X] [--digits X] [--symbols X] [--shell-safe] [--exclude CHARS] [--no-ambiguous] [--alphabet CHARS]',
  examples: [
    'password',
    'password -l 10 --lower 1 --upper 1 --digits 1 --symbols 1',
    'password -l 12 --symbols no --no-ambiguous',
    'password --shell-safe',
    'password --digits 2:4 --symbol-chars "!@#%"',
    'password -l 8 --alphabet 0123456789abcdef -n 3 --json',
  ],
  flags: POLICY_FLAGS,
  generator: true,
  async run(args, _io, emit) {
    noPositionals('password', args);
    const policy = policyFrom('password', args);
    let bits: number;
    let space: bigint;
    try {
      bits = passwordEntropy(policy);
      space = passwordSpace(policy);
    } catch (e) {
      if (e instanceof TypeError || e instanceof RangeError) throw policyError('password', args, e);
      throw e;
    }
    const model = `uniform over the ${space} passwords the policy allows`;
    await emit(() => ({ value: password(policy), entropyBits: bits, model }), space);
    return 0;
  },
};

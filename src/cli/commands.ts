/**
 * The CLI's commands. Each one only parses its options and calls the public API.
 * @internal
 * @module
 */
import {
  ATTACKERS,
  choice,
  collisionProbability,
  crackTime,
  customAlphabet,
  drawsForCollisionProbability,
  entropyBits,
  id,
  passphrase,
  passphraseEntropy,
  password,
  passwordEntropy,
  passwordSpace,
  pin,
  timeToCollision,
  token,
  tokenEntropy,
  uuid4,
  uuid7,
  type Attacker,
  type PassphraseOptions,
  type PasswordClass,
  type PasswordPolicy,
  type Space,
  type TokenEncoding,
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
import { phraseWords } from '../password/passphrase.js';
import { log2Big } from '../password/policy.js';
import { EFF_LARGE_INFO } from '../wordlists/eff-large.js';
import { convert, UsageError, type FlagSpec, type Parsed } from './args.js';

const EFF_LARGE_SIZE = EFF_LARGE_INFO.size;
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

/** The entropy in bits given by --bits, or --alphabet/--size with --length. */
function bitsFrom(command: string, f: Record<string, unknown>): number {
  if (f.bits !== undefined) {
    const b = f.bits as number;
    if (!(b >= 0)) throw new UsageError(`${command}: --bits must be a non-negative number, got ${b}`);
    return b;
  }
  if (f.length === undefined || (f.alphabet === undefined && f.size === undefined)) {
    throw new UsageError(`${command}: give --bits, or --length with --alphabet or --size`);
  }
  if (f.alphabet !== undefined && f.size !== undefined)
    throw new UsageError(`${command}: choose one of --alphabet and --size`);
  return f.alphabet !== undefined
    ? entropyBits({ alphabet: f.alphabet as string, length: f.length as number })
    : entropyBits({ alphabetSize: f.size as number, length: f.length as number });
}

function formatSeconds(s: number): string {
  return crackTime(0, { rate: 1 / Math.max(s, Number.MIN_VALUE) }).worst;
}

/** Prints the bits and the expected crack time at a rate, an attacker, or every preset. */
async function reportStrength(io: Io, bits: number, f: Record<string, unknown>): Promise<number> {
  if (f.rate !== undefined && f.attacker !== undefined) throw new UsageError('choose one of --rate and --attacker');
  const attacker = f.attacker as string | undefined;
  if (attacker !== undefined && !Object.prototype.hasOwnProperty.call(ATTACKERS, attacker)) {
    throw new UsageError(
      `--attacker must be one of ${Object.keys(ATTACKERS).join(', ')}, got ${JSON.stringify(attacker)}`,
    );
  }
  const rows: [string, number][] =
    f.rate !== undefined
      ? [[`${f.rate} guesses/s`, f.rate as number]]
      : attacker !== undefined
        ? [[attacker, ATTACKERS[attacker as Attacker]]]
        : Object.entries(ATTACKERS);
  const times = rows.map(([name, rate]) => ({ attacker: name, ...crackTime(bits, { rate }) }));
  if (f.json) {
    await io.write(
      JSON.stringify({
        entropyBits: bits,
        crackTimes: times.map((t) => ({
          attacker: t.attacker,
          rate: t.rate,
          expected: t.expected,
          expectedSeconds: t.expectedSeconds,
          worst: t.worst,
        })),
      }) + '\n',
    );
    return 0;
  }
  const lines = [
    `${bits.toFixed(2)} bits of entropy`,
    ...times.map((t) => `  ${t.attacker.padEnd(18)} ${t.expected} on average, ${t.worst} at most`),
  ];
  await io.write(lines.join('\n') + '\n');
  return 0;
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

/** Password policy flags, shared by `password` and `entropy`. */
const POLICY_FLAGS: Record<string, FlagSpec> = {
  length: { type: 'int', help: 'characters (default 16)', min: 1 },
  lower: { type: 'string', arg: 'X', help: 'a-z: N (at least N), MIN:MAX, yes (allowed) or no (excluded)' },
  upper: { type: 'string', arg: 'X', help: 'A-Z, the same forms' },
  digits: { type: 'string', arg: 'X', help: '0-9, the same forms' },
  symbols: { type: 'string', arg: 'X', help: 'the 32 ASCII punctuation characters, the same forms' },
  'lower-chars': { type: 'string', arg: 'CHARS', help: 'a custom set for the lowercase class' },
  'upper-chars': { type: 'string', arg: 'CHARS', help: 'a custom set for the uppercase class' },
  'digit-chars': { type: 'string', arg: 'CHARS', help: 'a custom set for the digit class' },
  'symbol-chars': { type: 'string', arg: 'CHARS', help: 'a custom set for the symbol class' },
  exclude: { type: 'string', arg: 'CHARS', help: 'characters to leave out' },
  'no-ambiguous': { type: 'bool', help: 'leave out look-alikes such as 0 O o 1 I l |' },
  alphabet: { type: 'string', arg: 'CHARS', help: 'one custom alphabet instead of the classes' },
};

/** Parses one class flag: `N`, `MIN:MAX`, `yes` or `no`, plus its custom character set. */
function classFrom(
  command: string,
  flag: string,
  text: string | undefined,
  chars: string | undefined,
): PasswordClass | undefined {
  if (text === undefined) return chars === undefined ? undefined : { chars };
  if (/^(no|false|off)$/i.test(text)) {
    if (chars !== undefined)
      throw new UsageError(`${command}: --${flag} no excludes the class; drop its custom characters`);
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
  throw new UsageError(`${command}: --${flag} must be N, MIN:MAX, yes or no, got ${JSON.stringify(text)}`);
}

function policyFrom(command: string, f: Record<string, unknown>): PasswordPolicy {
  const policy: PasswordPolicy = {};
  if (f.length !== undefined) policy.length = f.length as number;
  const classes: [keyof PasswordPolicy, string, string][] = [
    ['lowercase', 'lower', 'lower-chars'],
    ['uppercase', 'upper', 'upper-chars'],
    ['digits', 'digits', 'digit-chars'],
    ['symbols', 'symbols', 'symbol-chars'],
  ];
  for (const [key, flag, charsFlag] of classes) {
    const c = classFrom(command, flag, f[flag] as string | undefined, f[charsFlag] as string | undefined);
    if (c !== undefined) (policy as Record<string, unknown>)[key] = c;
  }
  if (f.exclude !== undefined) policy.exclude = f.exclude as string;
  if (f['no-ambiguous']) policy.excludeAmbiguous = true;
  if (f.alphabet !== undefined) policy.alphabet = f.alphabet as string;
  return policy;
}

export const COMMANDS: Record<string, Command> = {
  token: {
    summary: 'a random token (default: 32 bytes as URL-safe base64)',
    usage: '[--bytes N | --bits N] [--hex | --urlsafe | --base32 | --crockford | --base58 | --base62 | --alphabet A]',
    examples: [
      'token',
      'token --hex --bytes 16',
      'token --bits 128 --base58',
      'token --bits 64 --alphabet 0123456789',
      'token --count 5 --json',
    ],
    flags: {
      bytes: { type: 'int', help: 'random bytes (default 32)', min: 0, max: 1 << 20 },
      bits: { type: 'int', help: 'at least this many bits of entropy (1 to 65536)', min: 1, max: 65536 },
      hex: { type: 'bool', help: 'lowercase hex' },
      urlsafe: { type: 'bool', help: 'URL-safe base64 without padding (default)' },
      base32: { type: 'bool', help: 'RFC 4648 base32, unpadded' },
      crockford: { type: 'bool', help: "Crockford's base32" },
      base58: { type: 'bool', help: 'base58 (Bitcoin alphabet)' },
      base62: { type: 'bool', help: 'base62 (0-9 A-Z a-z)' },
      alphabet: { type: 'string', arg: 'CHARS', help: 'a custom alphabet of distinct characters' },
    },
    generator: true,
    async run(args, _io, emit) {
      const f = args.flags;
      if (args.positionals.length)
        throw new UsageError(`token: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      const chosen = ['hex', 'urlsafe', 'base32', 'crockford', 'base58', 'base62', 'alphabet'].filter(
        (k) => f[k] !== undefined,
      );
      if (chosen.length > 1) throw new UsageError(`token: choose one encoding, got --${chosen.join(' and --')}`);
      if (f.bits !== undefined && f.bytes !== undefined)
        throw new UsageError('token: choose one of --bits and --bytes');
      const enc = (chosen[0] ?? 'urlsafe') as string;
      if ((enc === 'hex' || enc === 'urlsafe') && f.bits === undefined) {
        // Python's token_hex / token_urlsafe: exactly `bytes` random bytes, encoded.
        const bytes = (f.bytes as number | undefined) ?? 32;
        const make = enc === 'hex' ? tokenHex : tokenUrlsafe;
        const model = `${bytes} uniform random bytes, ${enc === 'hex' ? 'hex' : 'base64url'}`;
        await emit(() => ({ value: make(bytes), entropyBits: 8 * bytes, model }), 1n << BigInt(8 * bytes));
        return 0;
      }
      const bits = (f.bits as number | undefined) ?? 8 * ((f.bytes as number | undefined) ?? 32);
      const options =
        enc === 'alphabet'
          ? { bits, alphabet: f.alphabet as string }
          : { bits, encoding: (enc === 'urlsafe' ? 'base64url' : enc) as TokenEncoding };
      const { bits: exact, length } = tokenEntropy(options);
      const size = Math.round(2 ** (exact / length));
      const model = `${length} uniform symbols from a ${size}-symbol ${enc === 'alphabet' ? 'custom alphabet' : enc} alphabet`;
      await emit(() => ({ value: token(options), entropyBits: exact, model }), BigInt(size) ** BigInt(length));
      return 0;
    },
  },
  id: {
    summary: 'a nanoid-style ID: 21 URL-safe symbols by default, or any alphabet and size',
    usage: '[--size N] [--alphabet CHARS]',
    examples: ['id', 'id --size 10', 'id --alphabet 0123456789abcdef --size 16', 'id --count 1000 --unique'],
    flags: {
      size: { type: 'int', help: 'symbols (default 21)', min: 1 },
      alphabet: { type: 'string', arg: 'CHARS', help: 'distinct characters to draw from (default A-Z a-z 0-9 _ -)' },
    },
    generator: true,
    async run(args, _io, emit) {
      const f = args.flags;
      if (args.positionals.length)
        throw new UsageError(`id: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      const size = (f.size as number | undefined) ?? 21;
      const alphabet = f.alphabet as string | undefined;
      const make = alphabet === undefined ? () => id(size) : customAlphabet(alphabet, size);
      const n = alphabet === undefined ? 64 : [...alphabet].length;
      const bits = entropyBits(alphabet === undefined ? { kind: 'id', size } : { kind: 'id', size, alphabet });
      await emit(
        () => ({ value: make(), entropyBits: bits, model: `${size} uniform symbols from a ${n}-symbol alphabet` }),
        BigInt(n) ** BigInt(size),
      );
      return 0;
    },
  },
  uuid: {
    summary: 'a UUID: version 4 (random) by default, or version 7 (time-ordered)',
    usage: '[--v4 | --v7]',
    examples: ['uuid', 'uuid --v7', 'uuid --v7 --count 5'],
    flags: {
      v4: { type: 'bool', help: 'random UUID (default)' },
      v7: { type: 'bool', help: 'time-ordered UUID, increasing within the run' },
    },
    generator: true,
    async run(args, _io, emit) {
      if (args.positionals.length)
        throw new UsageError(`uuid: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      if (args.flags.v4 && args.flags.v7) throw new UsageError('uuid: choose one of --v4 and --v7');
      if (args.flags.v7) {
        const bits = entropyBits({ kind: 'uuid7' });
        await emit(() => ({
          value: uuid7(),
          entropyBits: bits,
          model: 'UUIDv7: 48-bit milliseconds, 74 random bits per millisecond',
        }));
      } else {
        const bits = entropyBits({ kind: 'uuid4' });
        await emit(() => ({ value: uuid4(), entropyBits: bits, model: 'UUIDv4: 122 uniform random bits' }), 1n << 122n);
      }
      return 0;
    },
  },
  entropy: {
    summary: 'exact entropy and crack times: for an alphabet and length, a password policy, a passphrase, or bits',
    usage:
      '--alphabet CHARS --length N | --size N --length N | PASSWORD FLAGS | --words N | --bits B [--rate R | --attacker NAME]',
    examples: [
      'entropy --alphabet 0123456789 --length 6',
      'entropy --size 94 --length 16',
      'entropy --length 10 --lower 1 --upper 1 --digits 1 --symbols 1',
      'entropy --words 6',
      'entropy --bits 80 --attacker gpu-cluster',
    ],
    flags: {
      ...POLICY_FLAGS,
      length: { type: 'int', help: 'symbols per secret (with --alphabet or --size), or password length', min: 0 },
      size: { type: 'int', help: 'alphabet size instead of its symbols', min: 2 },
      words: { type: 'int', help: 'passphrase words from the EFF long list', min: 1 },
      bits: { type: 'number', help: 'entropy in bits, directly' },
      rate: { type: 'number', help: 'guesses per second (instead of the presets)' },
      attacker: { type: 'string', arg: 'NAME', help: `one preset: ${Object.keys(ATTACKERS).join(', ')}` },
      json: { type: 'bool', help: 'print JSON' },
    },
    generator: false,
    async run(args, io) {
      const f = args.flags;
      if (args.positionals.length)
        throw new UsageError(`entropy: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      const policyFlags = Object.keys(POLICY_FLAGS).filter(
        (k) => k !== 'length' && k !== 'alphabet' && f[k] !== undefined,
      );
      const bits =
        f.words !== undefined
          ? passphraseEntropy({ words: f.words as number })
          : policyFlags.length > 0
            ? passwordEntropy(policyFrom('entropy', f))
            : bitsFrom('entropy', f);
      return reportStrength(io, bits, f);
    },
  },
  collision: {
    summary: 'collision odds: the probability for N draws, or the draws (and time) to reach probability P',
    usage:
      '(--draws N | --probability P) (--bits B | --space N | --alphabet CHARS --length L | --size N --length L) [--rate R]',
    examples: [
      'collision --draws 1000000000 --bits 122',
      'collision --probability 1e-6 --alphabet 0123456789abcdef --length 12 --rate 1000',
      'collision --probability 0.5 --space 365',
    ],
    flags: {
      draws: { type: 'bigint', help: 'how many values are drawn' },
      probability: { type: 'number', arg: 'P', help: 'the collision probability to reach' },
      bits: { type: 'number', help: 'the space as bits of entropy' },
      space: { type: 'bigint', help: 'the number of equally likely values' },
      alphabet: { type: 'string', arg: 'CHARS', help: 'the space is CHARS^length' },
      size: { type: 'int', help: 'the space is size^length', min: 2 },
      length: { type: 'int', help: 'symbols per value', min: 1 },
      rate: { type: 'number', help: 'values drawn per second (for the time to reach P)' },
      json: { type: 'bool', help: 'print JSON' },
    },
    generator: false,
    async run(args, io) {
      const f = args.flags;
      if (args.positionals.length)
        throw new UsageError(`collision: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      const space: Space =
        f.space !== undefined
          ? (f.space as bigint)
          : f.bits !== undefined
            ? { bits: f.bits as number }
            : { bits: bitsFrom('collision', f) };
      if ((f.draws === undefined) === (f.probability === undefined))
        throw new UsageError('collision: give exactly one of --draws and --probability');
      if (f.draws !== undefined) {
        const p = collisionProbability(f.draws as bigint, space);
        await io.write(
          f.json
            ? JSON.stringify({ draws: String(f.draws), probability: p }) + '\n'
            : `P(at least one collision among ${f.draws} draws) = ${p.toPrecision(6)}\n`,
        );
        return 0;
      }
      const p = f.probability as number;
      const n = drawsForCollisionProbability(p, space);
      const t = f.rate === undefined ? undefined : timeToCollision(p, space, f.rate as number);
      if (f.json)
        await io.write(JSON.stringify({ probability: p, draws: n, ...(t === undefined ? {} : { seconds: t }) }) + '\n');
      else
        await io.write(
          `${n.toLocaleString('en')} draws reach P = ${p}${t === undefined ? '' : `, after ${formatSeconds(t)} at ${f.rate} per second`}\n`,
        );
      return 0;
    },
  },
  password: {
    summary: 'a password uniform over every password the policy allows (default: 16 characters, one of each class)',
    usage:
      '[--length N] [--lower X] [--upper X] [--digits X] [--symbols X] [--exclude CHARS] [--no-ambiguous] [--alphabet CHARS]',
    examples: [
      'password',
      'password --length 10 --lower 1 --upper 1 --digits 1 --symbols 1',
      'password --length 12 --symbols no --no-ambiguous',
      'password --digits 2:4 --symbol-chars "!@#$%"',
      'password --length 8 --alphabet 0123456789abcdef --count 3 --json',
    ],
    flags: POLICY_FLAGS,
    generator: true,
    async run(args, _io, emit) {
      if (args.positionals.length)
        throw new UsageError(`password: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      const policy = policyFrom('password', args.flags);
      const bits = passwordEntropy(policy);
      const space = passwordSpace(policy);
      const model = `uniform over the ${space} passwords the policy allows`;
      await emit(() => ({ value: password(policy), entropyBits: bits, model }), space);
      return 0;
    },
  },
  passphrase: {
    summary: 'a passphrase of words drawn with replacement (EFF long list by default; 64 bits unless told)',
    usage: '[--words N | --bits N] [--separator S] [--capitalize] [--digit] [--symbol] [--wordlist FILE]',
    examples: [
      'passphrase',
      'passphrase --words 6',
      "passphrase --bits 80 --separator ' ' --capitalize",
      'passphrase --wordlist words.txt --words 5',
    ],
    flags: {
      words: { type: 'int', help: 'number of words', min: 1 },
      bits: { type: 'number', help: 'the fewest words reaching this many bits (default 64)' },
      separator: { type: 'string', arg: 'S', help: "between words (default '-')" },
      capitalize: { type: 'bool', help: 'capitalize each word' },
      digit: { type: 'bool', help: 'append one random digit to one random word' },
      symbol: { type: 'bool', help: 'append one random symbol to one random word' },
      wordlist: { type: 'string', arg: 'FILE', help: 'one word per line instead of the EFF long list' },
    },
    generator: true,
    async run(args, io, emit) {
      const f = args.flags;
      if (args.positionals.length)
        throw new UsageError(`passphrase: unexpected argument ${JSON.stringify(args.positionals[0])}`);
      const options: PassphraseOptions = {};
      if (f.words !== undefined) options.words = f.words as number;
      if (f.bits !== undefined) options.bits = f.bits as number;
      if (f.separator !== undefined) options.separator = f.separator as string;
      if (f.capitalize) options.capitalize = true;
      if (f.digit) options.digit = true;
      if (f.symbol) options.symbol = true;
      if (f.wordlist !== undefined) {
        if (!io.readFile) throw new UsageError('passphrase: --wordlist needs a file system');
        options.wordlist = (await io.readFile(f.wordlist as string)).split(/\r?\n/).filter((w) => w.length > 0);
      }
      const bits = passphraseEntropy(options);
      const model = `words drawn with replacement${f.wordlist === undefined ? ' from the EFF long list (7,772 words)' : ` from ${f.wordlist}`}`;
      // The space: N^k choices of words, times 10·k for a digit and 16·k for a symbol.
      const n = options.wordlist?.length ?? EFF_LARGE_SIZE;
      const k = phraseWords(
        n,
        options.words,
        options.bits,
        Boolean(options.digit),
        Boolean(options.symbol),
        'passphrase',
      );
      const space =
        BigInt(n) ** BigInt(k) * (options.digit ? BigInt(10 * k) : 1n) * (options.symbol ? BigInt(16 * k) : 1n);
      await emit(() => ({ value: passphrase(options), entropyBits: bits, model }), space);
      return 0;
    },
  },
  pin: {
    summary: 'a PIN of uniform decimal digits, leading zeros included (default 6)',
    usage: '[N | --digits N]',
    examples: ['pin', 'pin 4', 'pin --digits 8 --count 3'],
    flags: { digits: { type: 'int', help: 'number of digits (default 6)', min: 1 } },
    generator: true,
    async run(args, _io, emit) {
      if (args.positionals.length > 1 || (args.positionals.length === 1 && args.flags.digits !== undefined)) {
        throw new UsageError('pin: give the number of digits once');
      }
      const digits =
        args.positionals.length === 1
          ? (convert('pin', '<N>', { type: 'int', help: '', min: 1 }, args.positionals[0]!) as number)
          : ((args.flags.digits as number | undefined) ?? 6);
      const bits = digits * Math.log2(10);
      await emit(
        () => ({ value: pin(digits), entropyBits: bits, model: `${digits} uniform decimal digits` }),
        10n ** BigInt(digits),
      );
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

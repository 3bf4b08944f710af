/**
 * Entropy and guessing maths: exact entropy of generated secrets, time to guess them, and the
 * birthday-problem odds of a collision. Pure functions: nothing here draws randomness.
 * @module
 */
import { aalphabet, abool, afinite, aint, aoptions, astring, rangeError, typeError } from '../_assert.js';
import { entropyOf, phraseWords } from '../password/passphrase.js';
import { planOf } from '../password/policy.js';
import type { PasswordPolicy } from '../password/index.js';
import {
  type SpaceInfo,
  drawsFor,
  lnNoCollision,
  spaceFromBig,
  spaceFromBits,
  spaceFromNumber,
  type Space,
} from './collision.js';
import { DEFAULT_ID_SIZE, type TokenOptions, aidsize, symbolBits, tokenPlan } from './plan.js';

export type { Space } from './collision.js';
export type { TokenEncoding, TokenOptions } from './plan.js';

/** `length` uniform symbols from an alphabet (given as its symbols or its size). */
export interface AlphabetDescriptor {
  kind?: 'alphabet';
  alphabet?: string | readonly string[];
  alphabetSize?: number | bigint;
  length: number;
}
/** An `id()` or `customAlphabet()` ID: `size` symbols (default 21) of the URL alphabet or `alphabet`. */
export interface IdDescriptor {
  kind: 'id';
  size?: number;
  alphabet?: string | readonly string[];
}
/** A `token()`: the same options as `token`. */
export interface TokenDescriptor extends TokenOptions {
  kind: 'token';
}
/** A `uuid4()`: 122 random bits. */
export interface Uuid4Descriptor {
  kind: 'uuid4';
}
/**
 * A `uuid7()`: 74 random bits for the first UUID of a millisecond (a 42-bit random counter
 * seed and 32 random bits); each later UUID in the same millisecond adds 32 fresh random bits on
 * top of a counter that is one more than the previous one.
 */
export interface Uuid7Descriptor {
  kind: 'uuid7';
}

/** A `password(policy)`: the exact count of passwords the policy allows. */
export interface PasswordDescriptor {
  kind: 'password';
  policy?: PasswordPolicy | null;
}
/**
 * A `passphrase()`: `words` (or the fewest words reaching `bits`, default 64) drawn with
 * replacement from a list of `wordlistSize` words (default: the EFF long list, 7,772), plus an
 * optional appended digit and symbol, as `passphrase()` builds them. Use `passphraseEntropy(options)`
 * to also check that the options are unambiguous for a given list.
 */
export interface PassphraseDescriptor {
  kind: 'passphrase';
  words?: number;
  bits?: number;
  wordlistSize?: number;
  digit?: boolean;
  symbol?: boolean;
}

/**
 * What {@link entropyBits} can measure: a discriminated union on `kind` (the plain alphabet form may
 * omit it). New generators add a member here and one entry to the table of measures.
 *
 * @example
 * ```ts
 * import { entropyBits, type EntropyDescriptor } from 'secrets-ts/entropy';
 * const d: EntropyDescriptor = { kind: 'id', size: 10 };
 * assert.equal(entropyBits(d), 60);
 * ```
 */
export type EntropyDescriptor =
  | AlphabetDescriptor
  | IdDescriptor
  | TokenDescriptor
  | Uuid4Descriptor
  | Uuid7Descriptor
  | PasswordDescriptor
  | PassphraseDescriptor;

type Kind = NonNullable<EntropyDescriptor['kind']>;

/** Words in the default passphrase list (the EFF long list less its four hyphenated words). */
const EFF_LARGE_SIZE = 7772;

/** Random bits in a UUIDv4: 128 minus 4 version and 2 variant bits. */
const UUID4_BITS = 122;
/** Unpredictable bits of the first UUIDv7 in a millisecond (see {@link Uuid7Descriptor}). */
const UUID7_BITS = 74;

const MEASURES: { [K in Kind]: (d: Extract<EntropyDescriptor, { kind?: K }>, fn: string) => number } = {
  alphabet: (d, fn) => {
    const o = aoptions<AlphabetDescriptor>(d, fn, ['kind', 'alphabet', 'alphabetSize', 'length'], 'descriptor');
    const length = afinite(o.length, fn, 'length');
    if (!Number.isInteger(length)) typeError(fn, 'length', 'an integer', length);
    if (length < 0) rangeError(fn, 'length', 'non-negative', length);
    if ((o.alphabet == null) === (o.alphabetSize == null)) {
      throw new TypeError(`${fn}: pass exactly one of alphabet and alphabetSize`);
    }
    if (o.alphabet != null) return symbolBits(aalphabet(o.alphabet, fn, 'alphabet', 1, Infinity).length, length);
    const size = o.alphabetSize;
    if (typeof size === 'bigint') {
      if (size < 1n) rangeError(fn, 'alphabetSize', 'at least 1', size);
      return length === 0 ? 0 : length * (spaceFromBig(size).ln / Math.LN2);
    }
    const n = afinite(size, fn, 'alphabetSize');
    if (!Number.isInteger(n)) typeError(fn, 'alphabetSize', 'an integer', n);
    if (n < 1) rangeError(fn, 'alphabetSize', 'at least 1', n);
    return symbolBits(n, length);
  },
  id: (d, fn) => {
    const o = aoptions<IdDescriptor>(d, fn, ['kind', 'size', 'alphabet'], 'descriptor');
    const size = aidsize(o.size, DEFAULT_ID_SIZE, fn);
    return symbolBits(o.alphabet == null ? 64 : aalphabet(o.alphabet, fn, 'alphabet').length, size);
  },
  token: (d, fn) => {
    const { kind: _kind, ...rest } = aoptions<TokenDescriptor>(
      d,
      fn,
      ['kind', 'bits', 'bytes', 'encoding', 'alphabet'],
      'descriptor',
    );
    return tokenPlan(rest, fn).bits;
  },
  password: (d, fn) => planOf(aoptions<PasswordDescriptor>(d, fn, ['kind', 'policy'], 'descriptor').policy, fn).bits,
  passphrase: (d, fn) => {
    const o = aoptions<PassphraseDescriptor>(d, fn, ['kind', 'words', 'bits', 'wordlistSize', 'digit', 'symbol'], 'descriptor');
    const n = o.wordlistSize === undefined ? EFF_LARGE_SIZE : aint(o.wordlistSize, fn, 'wordlistSize', 2);
    const digit = o.digit === undefined ? false : abool(o.digit, fn, 'digit');
    const symbol = o.symbol === undefined ? false : abool(o.symbol, fn, 'symbol');
    return entropyOf(n, phraseWords(n, o.words, o.bits, digit, symbol, fn, ''), digit, symbol);
  },
  uuid4: (d, fn) => (aoptions(d, fn, ['kind'], 'descriptor'), UUID4_BITS),
  uuid7: (d, fn) => (aoptions(d, fn, ['kind'], 'descriptor'), UUID7_BITS),
};

/**
 * The exact entropy, in bits, of a secret produced by a generator of this library, or of `length`
 * uniform symbols from an alphabet. It is `log2` of the number of equally likely outputs.
 *
 * @param descriptor - `{ alphabet | alphabetSize, length }`, `{ kind: 'id', size?, alphabet? }`,
 *   `{ kind: 'token', bits? | bytes?, encoding? | alphabet? }`, `{ kind: 'uuid4' }`,
 *   `{ kind: 'uuid7' }`, `{ kind: 'password', policy? }` or
 *   `{ kind: 'passphrase', words? | bits?, wordlistSize?, digit?, symbol? }`.
 * @returns The entropy in bits (a float: `21 * log2(62)` is not an integer).
 * @throws {TypeError} if the descriptor is not an object, has an unknown `kind` or key, or a field
 *   of the wrong type.
 * @throws {RangeError} if a length or size is out of range, or an alphabet is invalid.
 * @example
 * ```ts
 * import { entropyBits } from 'secrets-ts/entropy';
 * assert.equal(entropyBits({ kind: 'id' }), 126);
 * assert.equal(entropyBits({ kind: 'uuid4' }), 122);
 * assert.equal(entropyBits({ alphabetSize: 10, length: 6 }), 6 * Math.log2(10));
 * assert.equal(entropyBits({ kind: 'token', bits: 128, encoding: 'hex' }), 128);
 * assert.equal(entropyBits({ kind: 'password', policy: { length: 8, alphabet: '0123456789abcdef' } }), 32);
 * assert.equal(entropyBits({ kind: 'passphrase', words: 4, wordlistSize: 2048 }), 44);
 * ```
 */
export function entropyBits(descriptor: EntropyDescriptor): number {
  const fn = 'entropyBits';
  if (typeof descriptor !== 'object' || descriptor === null || Array.isArray(descriptor)) {
    return typeError(fn, 'descriptor', 'an object', descriptor);
  }
  // One read of each own key, into a plain snapshot: the kind is taken from it, and the measure
  // reads it again with the kind's own key list, so no getter runs twice.
  const snap: Record<string, unknown> = {};
  for (const key of Object.keys(descriptor)) snap[key] = (descriptor as unknown as Record<string, unknown>)[key];
  const kind = Object.hasOwn(snap, 'kind') && snap.kind !== undefined ? snap.kind : 'alphabet';
  if (typeof kind !== 'string' || !Object.hasOwn(MEASURES, kind)) {
    return typeError(fn, 'descriptor.kind', `one of ${Object.keys(MEASURES).join(', ')}`, kind);
  }
  const measure = MEASURES[kind as Kind] as (d: EntropyDescriptor, fn: string) => number;
  return measure(snap as unknown as EntropyDescriptor, fn);
}

/**
 * Guessing rates of typical attackers, in guesses per second.
 *
 * - `online-throttled`: 100 guesses per hour, the most a login form should allow (NIST SP 800-63B
 *   §5.2.2 caps failed attempts at 100 per account; zxcvbn uses the same 100/hour).
 * - `online`: 10 per second against an unthrottled login endpoint (zxcvbn's unthrottled figure).
 * - `offline-slow`: 10^4 per second against a stolen bcrypt/scrypt/Argon2 hash with a sensible cost.
 * - `offline-fast`: 10^10 per second against a stolen fast hash (one modern GPU on salted SHA-256).
 * - `gpu-cluster`: 10^13 per second, a large cluster (about a hundred high-end GPUs on MD5 or
 *   SHA-1 class hashes) or a nation-state budget.
 */
export const ATTACKERS = Object.freeze({
  'online-throttled': 100 / 3600,
  online: 10,
  'offline-slow': 1e4,
  'offline-fast': 1e10,
  'gpu-cluster': 1e13,
} as const);

/** Name of an attacker preset in {@link ATTACKERS}. */
export type Attacker = keyof typeof ATTACKERS;

/** Options of {@link crackTime}: a guessing `rate` in guesses per second, or an `attacker` preset. */
export interface CrackTimeOptions {
  rate?: number;
  attacker?: Attacker;
}

/** The result of {@link crackTime}. */
export interface CrackTime {
  /** Guesses per second assumed. */
  rate: number;
  /** Seconds until the secret is found, on average: `(2^bits + 1) / 2` guesses. May be `Infinity`. */
  expectedSeconds: number;
  /** Seconds to try every value: `2^bits` guesses. May be `Infinity`. */
  worstSeconds: number;
  /** `log10(expectedSeconds)`, finite for any `bits`. */
  expectedLog10: number;
  /** `log10(worstSeconds)`, finite for any `bits`. */
  worstLog10: number;
  /** {@link formatDuration} of the expected time, e.g. `"3.2 million years"`. */
  expected: string;
  /** {@link formatDuration} of the worst-case time. */
  worst: string;
}

function arate(options: unknown, fn: string): number {
  const o = aoptions<CrackTimeOptions>(options, fn, ['rate', 'attacker']);
  if (o.rate != null && o.attacker != null) throw new TypeError(`${fn}: pass rate or attacker, not both`);
  if (o.rate != null) return apositive(o.rate, fn, 'rate');
  const name = o.attacker == null ? 'offline-fast' : astring(o.attacker, fn, 'attacker');
  if (!Object.hasOwn(ATTACKERS, name)) rangeError(fn, 'attacker', `one of ${Object.keys(ATTACKERS).join(', ')}`, name);
  return ATTACKERS[name as Attacker];
}

function apositive(value: unknown, fn: string, name: string): number {
  const x = afinite(value, fn, name);
  if (!(x > 0)) rangeError(fn, name, 'a positive finite number', x);
  return x;
}

/**
 * How long an attacker who knows how the secret was made needs to guess it (Kerckhoffs: only the
 * random choices are secret). Works in logarithms, so `bits = 256` or `4096` is fine.
 *
 * @param bits - The secret's entropy in bits (e.g. from {@link entropyBits}), finite and `>= 0`.
 * @param options - `{ rate }` in guesses per second, or `{ attacker }`, a name from
 *   {@link ATTACKERS} (default `'offline-fast'`, 10^10 guesses per second).
 * @returns Expected and worst-case seconds, their `log10`, and readable renderings.
 * @throws {TypeError} if `bits` or `rate` is not a number, or an option is unknown.
 * @throws {RangeError} if `bits` is negative or not finite, `rate` is not positive and finite, or
 *   the attacker name is unknown.
 * @example
 * ```ts
 * import { crackTime } from 'secrets-ts/entropy';
 * const t = crackTime(40, { rate: 1e10 });
 * assert.equal(t.worstSeconds, 2 ** 40 / 1e10);
 * assert.equal(t.worst, '1.8 minutes');
 * assert.equal(crackTime(128, { attacker: 'gpu-cluster' }).expected, '5.4 × 10^17 years');
 * ```
 */
export function crackTime(bits: number, options?: CrackTimeOptions): CrackTime {
  const fn = 'crackTime';
  const b = afinite(bits, fn, 'bits');
  if (b < 0) rangeError(fn, 'bits', 'non-negative', b);
  const rate = arate(options, fn);
  const log10N = b * Math.LOG10E * Math.LN2;
  // (2^b + 1) / 2 guesses on average: log10 of 2^b + 1 is log10(2^b) + log10(1 + 2^-b).
  const expectedLog10 = log10N + Math.log10(1 + 2 ** -b) - Math.log10(2) - Math.log10(rate);
  const worstLog10 = log10N - Math.log10(rate);
  return {
    rate,
    expectedSeconds: b <= 1023 ? (2 ** b + 1) / 2 / rate : 10 ** expectedLog10,
    worstSeconds: b <= 1023 ? 2 ** b / rate : 10 ** worstLog10,
    expectedLog10,
    worstLog10,
    expected: renderLog10(expectedLog10),
    worst: renderLog10(worstLog10),
  };
}

const UNITS: [number, string][] = [
  [1, 'second'],
  [60, 'minute'],
  [3600, 'hour'],
  [86400, 'day'],
  [2629746, 'month'],
  [31556952, 'year'],
];
const BIG = ['thousand', 'million', 'billion', 'trillion'];

/** Rounds to two significant digits (`627` → `630`, `59.9` → `60`, `1.04` → `1`). */
const sig2 = (x: number): number => Number(x.toPrecision(2));

function amount(x: number, unit: string): string {
  return `${x} ${unit}${x === 1 ? '' : 's'}`;
}

/**
 * Two significant digits in the largest unit that fits, rounded first and then carried: a value
 * that rounds up to the next unit's size is said in that unit (59.9 s is 1 minute, 365 days is 1
 * year, 999.6 thousand years is 1 million years).
 */
function renderLog10(l: number): string {
  if (l < 0) return 'instant';
  const YEAR = Math.log10(31556952);
  if (l < YEAR + 3) {
    const s = 10 ** l;
    let i = 0;
    for (let k = 0; k < UNITS.length; k++) if (s >= UNITS[k]![0]) i = k;
    let x = sig2(s / UNITS[i]![0]);
    // Carried into the next unit, the value rounds to at least 1 of it (59.5 s is 1 minute, not 0.99).
    while (i + 1 < UNITS.length && x * UNITS[i]![0] >= UNITS[i + 1]![0]) x = Math.max(1, sig2(s / UNITS[++i]![0]));
    if (x < 1000) return amount(x, UNITS[i]![1]);
  }
  const ly = l - YEAR;
  let group = Math.max(1, Math.floor(ly / 3));
  let x = sig2(10 ** (ly - 3 * group));
  if (x >= 1000) {
    group += 1;
    x = 1;
  }
  if (group <= BIG.length) return `${x} ${BIG[group - 1]} years`;
  let e = Math.floor(ly);
  let m = sig2(10 ** (ly - e));
  if (m >= 10) {
    m /= 10;
    e += 1;
  }
  return `${m.toFixed(1)} × 10^${e} years`;
}

/**
 * Renders a duration in seconds for people: `"instant"` below one second, then seconds, minutes,
 * hours, days, months and years with two significant digits (`"3.2 million years"`), and
 * `"5.4 × 10^17 years"` from a quadrillion years on. `Infinity` gives `"forever"`.
 *
 * @param seconds - A duration, `>= 0` (may be `Infinity`).
 * @returns The readable duration.
 * @throws {TypeError} if `seconds` is not a number.
 * @throws {RangeError} if `seconds` is negative or NaN.
 * @example
 * ```ts
 * import { formatDuration } from 'secrets-ts/entropy';
 * assert.equal(formatDuration(0.2), 'instant');
 * assert.equal(formatDuration(90), '1.5 minutes');
 * assert.equal(formatDuration(3.2e6 * 31556952), '3.2 million years');
 * ```
 */
export function formatDuration(seconds: number): string {
  const fn = 'formatDuration';
  if (typeof seconds !== 'number') return typeError(fn, 'seconds', 'a number', seconds);
  if (!(seconds >= 0)) return rangeError(fn, 'seconds', 'a non-negative number', seconds);
  if (seconds === Infinity) return 'forever';
  return seconds === 0 ? 'instant' : renderLog10(Math.log10(seconds));
}

/** Validates a space argument. */
function aspace(value: unknown, fn: string, name = 'space'): SpaceInfo {
  if (typeof value === 'bigint') {
    if (value < 1n) rangeError(fn, name, 'at least 1', value);
    return spaceFromBig(value);
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) typeError(fn, name, 'an integer', value);
    if (value < 1) rangeError(fn, name, 'at least 1', value);
    return spaceFromNumber(value);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const o = aoptions<{ bits: number }>(value, fn, ['bits'], name);
    const bits = afinite(o.bits, fn, `${name}.bits`);
    if (bits < 0 || bits > 1e6) rangeError(fn, `${name}.bits`, 'from 0 to 1e6', bits);
    return spaceFromBits(bits);
  }
  return typeError(fn, name, 'a number, a bigint or { bits }', value);
}

/** Validates a draw count: a non-negative integer number (any magnitude) or bigint. */
function adraws(value: unknown, fn: string): number {
  if (typeof value === 'bigint') {
    if (value < 0n) rangeError(fn, 'draws', 'non-negative', value);
    return Number(value);
  }
  if (typeof value !== 'number') return typeError(fn, 'draws', 'an integer number or a bigint', value);
  if (!Number.isInteger(value)) return typeError(fn, 'draws', 'an integer', value);
  if (value < 0) return rangeError(fn, 'draws', 'non-negative', value);
  return value + 0;
}

/**
 * The probability that `draws` independent uniform values from a space of `space` equally likely
 * values contain at least one repeat (the birthday problem).
 *
 * Computed in log space: `-expm1(Σ log1p(-i/N))`, summed directly up to 65,536 draws and by an
 * exact power-sum series beyond, so it keeps 12+ significant digits from 1e-300 up to values near 1
 * (use {@link noCollisionProbability} for `1 - p` when `p` is close to 1).
 *
 * @param draws - How many values are drawn: a non-negative integer number or bigint.
 * @param space - The number of possible values: a positive integer number or bigint, or
 *   `{ bits }` for `2^bits` values (`bits` may be fractional, as from {@link entropyBits}).
 * @returns The collision probability in `[0, 1]`: 0 for fewer than 2 draws, 1 when `draws > space`.
 * @throws {TypeError} if `draws` or `space` has the wrong type, or is a non-integer number.
 * @throws {RangeError} if `draws` is negative, `space` is below 1, or `bits` is out of range.
 * @example
 * ```ts
 * import { collisionProbability } from 'secrets-ts/entropy';
 * assert.ok(Math.abs(collisionProbability(23, 365) - 0.5072972343239857) < 1e-15);
 * assert.equal(collisionProbability(2, 2n ** 256n), 2 ** -256);
 * assert.equal(collisionProbability(3, 2), 1);
 * ```
 */
export function collisionProbability(draws: number | bigint, space: Space): number {
  const fn = 'collisionProbability';
  const n = adraws(draws, fn);
  // `+ 0` turns the -0 of an empty sum into 0.
  return -Math.expm1(lnNoCollision(n, aspace(space, fn))) + 0;
}

/**
 * The probability that `draws` uniform values from `space` values are all distinct:
 * `1 - collisionProbability(draws, space)`, computed directly so it stays accurate when the
 * collision probability is close to 1.
 *
 * @param draws - How many values are drawn: a non-negative integer number or bigint.
 * @param space - A positive integer number or bigint, or `{ bits }`.
 * @returns The probability of no collision, in `[0, 1]`.
 * @throws {TypeError} if `draws` or `space` has the wrong type.
 * @throws {RangeError} if `draws` is negative or `space` is below 1.
 * @example
 * ```ts
 * import { noCollisionProbability } from 'secrets-ts/entropy';
 * assert.equal(noCollisionProbability(2, 2), 0.5);
 * assert.ok(noCollisionProbability(100, 365) < 1e-6);
 * ```
 */
export function noCollisionProbability(draws: number | bigint, space: Space): number {
  const fn = 'noCollisionProbability';
  const n = adraws(draws, fn);
  return Math.exp(lnNoCollision(n, aspace(space, fn)));
}

function aprobability(value: unknown, fn: string): number {
  const p = afinite(value, fn, 'p');
  if (!(p > 0 && p <= 1)) rangeError(fn, 'p', 'a probability in (0, 1]', p);
  return p;
}

/**
 * The fewest draws from `space` values whose collision probability reaches `p`: the smallest
 * integer `n` with `collisionProbability(n, space) >= p`, found by bisection on `ln P(no collision)`.
 * Beyond 2^53 draws integers are no longer exact in a number, and the result is the real root of
 * the continuous extension; in general it is accurate to about 1e-15 relative (exact while one
 * more draw changes the probability by more than a double can resolve).
 *
 * @param p - The target probability, in `(0, 1]`.
 * @param space - A positive integer number or bigint, or `{ bits }`.
 * @returns The number of draws (at least 2).
 * @throws {TypeError} if `p` is not a number or `space` has the wrong type.
 * @throws {RangeError} if `p` is outside `(0, 1]` or `space` is below 1.
 * @example
 * ```ts
 * import { drawsForCollisionProbability } from 'secrets-ts/entropy';
 * assert.equal(drawsForCollisionProbability(0.5, 365), 23);
 * assert.equal(drawsForCollisionProbability(1, 365), 366);
 * ```
 */
export function drawsForCollisionProbability(p: number, space: Space): number {
  const fn = 'drawsForCollisionProbability';
  const prob = aprobability(p, fn);
  const s = aspace(space, fn);
  if (s.size < 1.5 && prob > 0) return 2;
  return drawsFor(prob, s);
}

/**
 * How long a generator producing `rate` values per second takes until the probability of a repeat
 * reaches `p`: `drawsForCollisionProbability(p, space) / rate` seconds.
 *
 * @param p - The target probability, in `(0, 1]`.
 * @param space - A positive integer number or bigint, or `{ bits }`.
 * @param rate - Values generated per second, positive and finite.
 * @returns Seconds (render with {@link formatDuration}).
 * @throws {TypeError} if an argument has the wrong type.
 * @throws {RangeError} if `p` is outside `(0, 1]`, `space` is below 1, or `rate` is not positive.
 * @example
 * ```ts
 * import { entropyBits, formatDuration, timeToCollision } from 'secrets-ts/entropy';
 * // 1,000 IDs an hour: how long until a 1% chance of any duplicate 21-char ID?
 * const s = timeToCollision(0.01, { bits: entropyBits({ kind: 'id' }) }, 1000 / 3600);
 * assert.equal(formatDuration(s), '150 billion years');
 * ```
 */
export function timeToCollision(p: number, space: Space, rate: number): number {
  const fn = 'timeToCollision';
  const prob = aprobability(p, fn);
  const s = aspace(space, fn);
  const r = apositive(rate, fn, 'rate');
  return (s.size < 1.5 ? 2 : drawsFor(prob, s)) / r;
}

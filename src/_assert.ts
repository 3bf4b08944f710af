/**
 * The one assertion module. Every public function validates its arguments here, before it draws any
 * randomness, so that a rejected call never touches the pool.
 *
 * Rules: the wrong type is a `TypeError`; a value of the right type that is out of range is a
 * `RangeError`. A non-integer number counts as the wrong type, as in Python (`1.5` is a `float`,
 * not an `int`). Values are never coerced: no `valueOf`, `toString` or `Symbol.toPrimitive` is
 * called, so an object cannot change its value between the check and the use.
 * @internal
 * @module
 */

/** Largest string length every engine accepts (V8's limit is 2^29 - 24 UTF-16 units). */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

// The intrinsic typed-array getters and methods, captured at load. Called on a value, they read its
// internal slots: they work on typed arrays of any realm and of any subclass, never run a getter or
// method that a subclass overrides, and throw for anything else (a plain object, a proxy).
export const U8 = Uint8Array;
const TA = /* @__PURE__ */ Object.getPrototypeOf(U8.prototype) as object;
const getterOf = (proto: object, key: PropertyKey) =>
  Object.getOwnPropertyDescriptor(proto, key)!.get! as (this: unknown) => unknown;
/** `%TypedArray%.prototype[Symbol.toStringTag]`: the type name of a typed array, else `undefined`. */
export const taTag = /* @__PURE__ */ getterOf(TA, Symbol.toStringTag) as (this: unknown) => string | undefined;
export const taLength = /* @__PURE__ */ getterOf(TA, 'length') as (this: unknown) => number;
export const taBuffer = /* @__PURE__ */ getterOf(TA, 'buffer') as (this: unknown) => ArrayBufferLike;
export const taOffset = /* @__PURE__ */ getterOf(TA, 'byteOffset') as (this: unknown) => number;
const taByteLength = /* @__PURE__ */ getterOf(TA, 'byteLength') as (this: unknown) => number;
export const taSet = (TA as { set: (this: unknown, src: ArrayLike<number>) => void }).set;
export const taFill = (TA as { fill: (this: unknown, v: number, start?: number, end?: number) => void }).fill;
// Given the constructor, not its prototype: a bundler may then drop the ones a bundle never uses.
const protoGetter = (C: { prototype: object }, key: PropertyKey) => getterOf(C.prototype, key);
const dvBuffer = /* @__PURE__ */ protoGetter(DataView, 'buffer') as (this: unknown) => ArrayBufferLike;
const dvOffset = /* @__PURE__ */ protoGetter(DataView, 'byteOffset') as (this: unknown) => number;
const dvByteLength = /* @__PURE__ */ protoGetter(DataView, 'byteLength') as (this: unknown) => number;
const abByteLength = /* @__PURE__ */ protoGetter(ArrayBuffer, 'byteLength') as (this: unknown) => number;
const isView = ArrayBuffer.isView;

/** Whether `value` is a `Uint8Array` of any realm (or a subclass, such as Node's byte buffers). */
export function isU8(value: unknown): value is Uint8Array {
  return isView(value) && taTag.call(value) === 'Uint8Array';
}

/**
 * A fresh `Uint8Array` over the bytes of any typed array, `DataView` or `ArrayBuffer` (of any realm;
 * a detached one has no bytes), or `undefined` for anything else. No user code runs.
 */
export function byteView(value: unknown): Uint8Array | undefined {
  if (isView(value)) {
    const typed = taTag.call(value) !== undefined;
    const n = typed ? taByteLength.call(value) : dvByteLength.call(value);
    if (n === 0) return new U8(0);
    return typed
      ? new U8(taBuffer.call(value), taOffset.call(value), n)
      : new U8(dvBuffer.call(value), dvOffset.call(value), n);
  }
  if (typeof value !== 'object' || value === null) return undefined;
  let n: number;
  try {
    n = abByteLength.call(value);
  } catch {
    return undefined;
  }
  return n === 0 ? new U8(0) : new U8(value as ArrayBuffer);
}

/** Describes a value for an error message without calling any user code. */
export function describe(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': {
      const s = value.toString();
      return (s.length > 40 ? `${s.slice(0, 20)}…(${s.length} digits)` : s) + 'n';
    }
    case 'string': {
      const s = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return `${JSON.stringify(s)} (a string)`;
    }
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return `${value} (a boolean)`;
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return value === null ? 'null' : 'an object';
  }
}

/**
 * Describes a secret-bearing value (an OTP secret or key, a `compareDigest` argument, a reset token
 * or verifier) by its type and length only: its content never reaches a message, a log or stderr.
 */
export function describeSecret(value: unknown): string {
  if (typeof value === 'string') return `a string of length ${value.length}`;
  if (isU8(value)) return `a Uint8Array of ${taLength.call(value)} bytes`;
  if (value === null) return 'null';
  if (isView(value)) return 'a typed array or DataView';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Throws a `TypeError` for a secret-bearing parameter, describing the value without its content. */
export function secretTypeError(fn: string, name: string, what: string, value: unknown): never {
  throw new TypeError(`${fn}: ${name} must be ${what}, got ${describeSecret(value)}`);
}

/**
 * Throws a `RangeError` for a secret-bearing string with a bad character: it names the position and
 * the length, never the character or the text around it.
 */
export function secretCharError(fn: string, name: string, what: string, value: string, index: number): never {
  throw new RangeError(
    `${fn}: ${name} must be ${what}; the character at position ${index} (of ${value.length}) is not allowed`,
  );
}

/** Builds the message `fn: name must be …, got …`. */
function msg(fn: string, name: string, what: string, value: unknown): string {
  return `${fn}: ${name} must be ${what}, got ${describe(value)}`;
}

/** Throws a `TypeError` naming the function, the parameter and the value. */
export function typeError(fn: string, name: string, what: string, value: unknown): never {
  throw new TypeError(msg(fn, name, what, value));
}

/** Throws a `RangeError` naming the function, the parameter and the value. */
export function rangeError(fn: string, name: string, what: string, value: unknown): never {
  throw new RangeError(msg(fn, name, what, value));
}

/**
 * Asserts a safe integer number in `[min, max]` and returns it (`-0` becomes `0`).
 * NaN, ±Infinity and fractions are `TypeError`s (not integers); integers outside the range,
 * including unsafe ones such as `2**53`, are `RangeError`s.
 */
export function aint(value: unknown, fn: string, name: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number') return typeError(fn, name, 'an integer number', value);
  if (!Number.isInteger(value)) return typeError(fn, name, 'an integer', value);
  if (value < min || value > max || !Number.isSafeInteger(value)) {
    return rangeError(fn, name, `an integer from ${min} to ${max}`, value);
  }
  return value + 0;
}

/** Asserts a bigint `>= min` (and `<= max` when given). */
export function abigint(value: unknown, fn: string, name: string, min?: bigint, max?: bigint): bigint {
  if (typeof value !== 'bigint') return typeError(fn, name, 'a bigint', value);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    const what =
      max === undefined ? `at least ${min}n` : min === undefined ? `at most ${max}n` : `from ${min}n to ${max}n`;
    return rangeError(fn, name, what, value);
  }
  return value;
}

/** `undefined` or `null` select the default; anything else must be an integer in range. */
export function aintOr(
  value: unknown,
  dflt: number,
  fn: string,
  name: string,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  return value === undefined || value === null ? dflt : aint(value, fn, name, min, max);
}

/** Asserts a finite number (any sign, fractions allowed). */
export function afinite(value: unknown, fn: string, name: string): number {
  if (typeof value !== 'number') return typeError(fn, name, 'a number', value);
  if (!Number.isFinite(value)) return rangeError(fn, name, 'a finite number', value);
  return value;
}

/** Asserts a number (NaN and infinities allowed; the caller decides). */
export function anumber(value: unknown, fn: string, name: string): number {
  if (typeof value !== 'number') return typeError(fn, name, 'a number', value);
  return value;
}

/** Asserts a boolean. */
export function abool(value: unknown, fn: string, name: string): boolean {
  if (typeof value !== 'boolean') return typeError(fn, name, 'a boolean', value);
  return value;
}

/** Asserts a string. */
export function astring(value: unknown, fn: string, name: string): string {
  if (typeof value !== 'string') return typeError(fn, name, 'a string', value);
  return value;
}

/** Asserts a `Uint8Array`. */
export function abytes(value: unknown, fn: string, name: string): Uint8Array {
  if (!(value instanceof Uint8Array)) return typeError(fn, name, 'a Uint8Array', value);
  return value;
}

/** The one error for a key that `allowed` does not list (the hostile-caller suite reads the list back). */
function unknownOption(fn: string, key: string, allowed: readonly string[]): never {
  throw new TypeError(`${fn}: unknown option ${JSON.stringify(key)}; expected one of ${allowed.join(', ')}`);
}

/**
 * Reads an options object (or `undefined`/`null`, which give all defaults) into a snapshot that
 * the caller uses from then on, so that no option is ever read through the prototype chain and
 * none is read twice:
 *
 * - only the object's own enumerable string keys are read (`Object.keys`), each exactly once, so
 *   a getter or a `Proxy` trap runs once and cannot change its answer between check and use;
 * - a key not in `allowed` is a `TypeError`, so a misspelt option is an error, not a silent default;
 * - every allowed key is an own property of the snapshot (`undefined` when not given), so a key
 *   added to `Object.prototype` by a pollution bug elsewhere is never seen.
 */
export function aoptions<T extends object>(
  value: unknown,
  fn: string,
  allowed: readonly string[],
  name = 'options',
): Partial<T> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < allowed.length; i++) out[allowed[i]!] = undefined;
  if (value === undefined || value === null) return out as Partial<T>;
  if (typeof value !== 'object' || Array.isArray(value)) return typeError(fn, name, 'an object', value);
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (!allowed.includes(key)) {
      return unknownOption(fn, key, allowed);
    }
    // Own at the time of reading: a getter run earlier may have deleted this key, and the read must
    // not then fall through to the prototype.
    if (Object.hasOwn(value, key)) out[key] = (value as Record<string, unknown>)[key];
  }
  return out as Partial<T>;
}

/** The keys of a caller's object and the value read for each, in order. */
export interface OwnRead {
  keys: string[];
  values: unknown[];
}

/** The same primitive (an object may have changed inside since it was read). */
const samePrimitive = (a: unknown, b: unknown): boolean => a === b && (typeof a !== 'object' || a === null);

/**
 * {@link aoptions} in two steps, for hot paths that compare a snapshot with one seen before:
 * this reads the caller's own enumerable string keys and each value exactly once, and
 * {@link optionList} places the values by their key's position in `allowed` (`undefined` when
 * not given), refusing an unknown key with the same `TypeError` as {@link aoptions}.
 *
 * Returns the read, or `undefined` when it equals `prev` (the same keys in the same order, each
 * with the same primitive value): then nothing is allocated but the engine's key list.
 */
export function ownReadUnless(
  value: unknown,
  fn: string,
  name: string,
  prev: OwnRead | undefined,
): OwnRead | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return typeError(fn, name, 'an object', value);
  }
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  const n = keys.length;
  let i = 0;
  if (prev !== undefined && prev.keys.length === n) {
    for (; i < n; i++) {
      const key = keys[i]!;
      // As in aoptions: a key deleted by a getter run earlier is not read through the prototype.
      const v = Object.hasOwn(o, key) ? o[key] : undefined;
      if (key !== prev.keys[i] || !samePrimitive(v, prev.values[i])) {
        // The values before i are the same primitives as prev's; this one is kept, not read again.
        const values = prev.values.slice(0, i);
        values.push(v);
        return rest(o, keys, values, i + 1);
      }
    }
    return undefined;
  }
  return rest(o, keys, [], 0);
}

function rest(o: Record<string, unknown>, keys: string[], values: unknown[], from: number): OwnRead {
  for (let i = from; i < keys.length; i++) values.push(Object.hasOwn(o, keys[i]!) ? o[keys[i]!] : undefined);
  return { keys, values };
}

/** See {@link ownReadUnless}. */
export function optionList(
  read: { keys: string[]; values: unknown[] },
  fn: string,
  allowed: readonly string[],
): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < allowed.length; i++) out.push(undefined);
  const { keys, values } = read;
  for (let i = 0; i < keys.length; i++) {
    const at = allowed.indexOf(keys[i]!);
    if (at < 0) {
      return unknownOption(fn, keys[i]!, allowed);
    }
    out[at] = values[i];
  }
  return out;
}

/**
 * Reads the named fields of a caller's record (a stored row may hold other keys, which are left
 * alone): each is read once, and only if it is the object's own property, so `Object.prototype`
 * cannot supply one. The snapshot has every name as an own property.
 */
export function aownFields<K extends string>(value: object, names: readonly K[]): Record<K, unknown> {
  const out = {} as Record<K, unknown>;
  for (let i = 0; i < names.length; i++) {
    const key = names[i]!;
    out[key] = Object.hasOwn(value, key) ? (value as Record<K, unknown>)[key] : undefined;
  }
  return out;
}

/**
 * Element `i` of a caller's array or array-like, read only when it is an own property: a hole gives
 * `undefined`, never what `Array.prototype[i]` or `Object.prototype[i]` holds.
 */
export function item(a: ArrayLike<unknown>, i: number): unknown {
  return Object.hasOwn(a, i) ? a[i] : undefined;
}

let lastString: string | undefined;
let lastPoints: readonly string[] = [];

/**
 * Splits a string into code points: a lone surrogate stays one element, a pair is never split.
 * The split of the last string seen is remembered, because alphabets are passed again and again.
 * The result must not be mutated.
 */
export function codePoints(s: string): readonly string[] {
  if (s !== lastString) {
    lastPoints = Array.from(s);
    lastString = s;
  }
  return lastPoints;
}

/** Whether `key` of `obj` would be found only on `Object.prototype` (where pollution puts it). */
function inheritsFromObject(obj: object, key: string): boolean {
  for (let o: object | null = obj; o !== null; o = Object.getPrototypeOf(o) as object | null) {
    if (o === Object.prototype) return true;
    if (Object.hasOwn(o, key)) return false;
  }
  return false;
}

/** Asserts an array-like object: an array, a typed array, or an object with a safe `length`. */
export function asArrayLike<T>(seq: unknown, fn: string, name: string): ArrayLike<T> {
  if (Array.isArray(seq)) return seq as T[];
  if (ArrayBuffer.isView(seq) && !(seq instanceof DataView)) return seq as unknown as ArrayLike<T>;
  if (typeof seq === 'object' && seq !== null && !ArrayBuffer.isView(seq) && !inheritsFromObject(seq, 'length')) {
    const length = (seq as { length?: unknown }).length;
    if (typeof length === 'number' && Number.isSafeInteger(length) && length >= 0) return seq as ArrayLike<T>;
  }
  return typeError(fn, name, 'an array, a typed array, an array-like object or a string', seq);
}

/**
 * Asserts an alphabet: a string (split into code points) or an array of one-code-point strings,
 * with at least `min` and at most `max` distinct symbols and no duplicates (a duplicate would bias
 * the output silently). Returns the symbols.
 */
export function aalphabet(value: unknown, fn: string, name: string, min = 2, max = 65536): string[] {
  let symbols: string[];
  if (typeof value === 'string') symbols = [...codePoints(value)];
  else if (Array.isArray(value)) {
    const n = value.length;
    if (n > max) throw new RangeError(`${fn}: ${name} must have from ${min} to ${max} symbols, got ${n}`);
    symbols = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      const s = item(value, i);
      if (typeof s !== 'string' || s.length === 0 || codePoints(s).length !== 1) {
        return typeError(fn, name, 'a string or an array of single characters', value);
      }
      symbols[i] = s;
    }
  } else return typeError(fn, name, 'a string or an array of single characters', value);
  if (symbols.length < min || symbols.length > max) {
    throw new RangeError(`${fn}: ${name} must have from ${min} to ${max} symbols, got ${symbols.length}`);
  }
  const seen = new Set<string>();
  for (const s of symbols) {
    if (seen.has(s)) {
      throw new RangeError(
        `${fn}: ${name} has the symbol ${JSON.stringify(s)} more than once (it would be over-weighted)`,
      );
    }
    seen.add(s);
  }
  return symbols;
}

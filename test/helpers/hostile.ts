/**
 * The shared hostile-input table: values that have broken random libraries before (fractional and
 * negative sizes, NaN, huge numbers, coercion tricks). Every public function is called with each
 * one in each of its argument slots, by `test/hostile.test.ts`.
 */
import vm from 'node:vm';

/** A Uint8Array subclass whose own `length`, `set` and `subarray` lie or throw. */
class Lying extends Uint8Array {
  override get length(): number {
    return 1 << 20;
  }
  override set(): void {
    throw new RangeError(TRAP_MESSAGE);
  }
  override subarray(): Uint8Array<ArrayBuffer> {
    throw new RangeError(TRAP_MESSAGE);
  }
}

/** The error a hostile proxy's traps throw; a function may let it pass through unchanged. */
export const TRAP_MESSAGE = 'hostile proxy trap fired';

export interface Hostile {
  label: string;
  value: () => unknown;
}

const revoked = (() => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
})();

export const HOSTILE: readonly Hostile[] = [
  { label: 'NaN', value: () => NaN },
  { label: 'Infinity', value: () => Infinity },
  { label: '-Infinity', value: () => -Infinity },
  { label: '-0', value: () => -0 },
  { label: '0', value: () => 0 },
  { label: '-1', value: () => -1 },
  { label: '1.5', value: () => 1.5 },
  { label: '0.5', value: () => 0.5 },
  { label: '-0.5', value: () => -0.5 },
  { label: '2**31', value: () => 2 ** 31 },
  { label: '2**32 + 1', value: () => 2 ** 32 + 1 },
  { label: '2**53', value: () => 2 ** 53 },
  { label: '2**53 + 2', value: () => 2 ** 53 + 2 },
  { label: 'Number.MAX_VALUE', value: () => Number.MAX_VALUE },
  { label: 'Number.MIN_VALUE', value: () => Number.MIN_VALUE },
  { label: '-(2**53)', value: () => -(2 ** 53) },
  { label: '0n', value: () => 0n },
  { label: '-1n', value: () => -1n },
  { label: '2n**64n', value: () => 2n ** 64n },
  { label: 'huge bigint 2n**100000n', value: () => 2n ** 100000n },
  { label: '-(2n**100000n)', value: () => -(2n ** 100000n) },
  { label: "'5'", value: () => '5' },
  { label: "''", value: () => '' },
  { label: "'abc'", value: () => 'abc' },
  { label: 'lone surrogate', value: () => '\ud800' },
  { label: 'null', value: () => null },
  { label: 'true', value: () => true },
  { label: 'false', value: () => false },
  { label: 'symbol', value: () => Symbol('x') },
  { label: 'plain object', value: () => ({}) },
  { label: 'valueOf object', value: () => ({ valueOf: () => 5 }) },
  {
    label: 'flip-flopping valueOf',
    value: () => {
      let n = 0;
      return { valueOf: () => (n++ % 2 === 0 ? 5 : -5), toString: () => 'x' };
    },
  },
  { label: 'Symbol.toPrimitive object', value: () => ({ [Symbol.toPrimitive]: () => 3 }) },
  {
    label: 'throwing getters',
    value: () =>
      new Proxy(
        {},
        {
          get() {
            throw new RangeError(TRAP_MESSAGE);
          },
          ownKeys() {
            throw new RangeError(TRAP_MESSAGE);
          },
        },
      ),
  },
  { label: 'revoked proxy', value: () => revoked },
  { label: 'proxy of array', value: () => new Proxy([1, 2, 3], {}) },
  { label: 'empty array', value: () => [] },
  // eslint-disable-next-line no-sparse-arrays -- holes are the point of this entry
  { label: 'array with holes', value: () => [, 1, , 2] },
  { label: 'array of numbers', value: () => [1, 2, 3] },
  { label: 'fake array-like {length: 2**53}', value: () => ({ length: 2 ** 53 }) },
  { label: 'fake array-like {length: -1}', value: () => ({ length: -1 }) },
  { label: 'fake array-like {length: 1.5}', value: () => ({ length: 1.5 }) },
  { label: 'Uint8Array(0)', value: () => new Uint8Array(0) },
  { label: 'Uint8Array(3)', value: () => new Uint8Array(3) },
  { label: 'Float64Array', value: () => new Float64Array(2) },
  { label: 'Uint8Array subclass with a lying length, set and subarray', value: () => Lying.from([1, 2, 3]) },
  { label: 'foreign-realm Uint8Array', value: () => vm.runInNewContext('new Uint8Array([1, 2, 3])') as unknown },
  {
    label: 'detached Uint8Array',
    value: () => {
      const u = new Uint8Array(16);
      structuredClone(u.buffer, { transfer: [u.buffer] });
      return u;
    },
  },
  { label: 'DataView', value: () => new DataView(new ArrayBuffer(4)) },
  { label: 'ArrayBuffer', value: () => new ArrayBuffer(4) },
  { label: 'spoofed Uint8Array', value: () => ({ constructor: { name: 'Uint8Array' }, length: 3 }) },
  { label: 'function', value: () => () => 1 },
  { label: 'Date', value: () => new Date(0) },
  { label: 'undefined', value: () => undefined },
];

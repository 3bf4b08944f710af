/**
 * Loads and decodes test/vectors/cpython/random-3.13.json (format: test/vectors/cpython/README.md).
 */
import { readFileSync } from 'node:fs';
import { MersenneTwister } from '../../src/seeded/mt19937.js';
import { floatSeedKey, seedKey } from '../../src/seeded/seed.js';

export type Encoded = null | string | { int: string } | { float: string; repr: string } | { bytes: string } | Encoded[];

/** A decoded value: ints become bigints, floats numbers, bytes Uint8Arrays. */
export type Value = null | string | bigint | number | Uint8Array | Value[];

export interface VectorCall {
  method: string;
  args: Encoded[];
  kwargs?: Record<string, Encoded>;
  result: Encoded;
  words: number;
  libm?: true;
}

export type PyStateJson = [number, number[], number | null];

export interface SeedVector {
  seed: Encoded;
  kind: 'int' | 'float' | 'str' | 'bytes' | 'bytearray';
  version: number;
  state: PyStateJson;
  calls: VectorCall[];
  final_state: PyStateJson;
}

export interface HexCase {
  seed: Encoded;
  version?: number;
  random_hex: string[];
}

export interface Vectors {
  meta: { python: string };
  cpython_tests: {
    guaranteed_stable: HexCase[];
    version1_str: HexCase[];
    version1_bytes: HexCase[];
    reference_implementation: { seed: Encoded; randoms: number; last10_times_2_53: Encoded[] };
    getrandbits_100: { seed: Encoded; result: Encoded };
    randbytes_16: { seed: Encoded; result: Encoded };
    first_random: { seed: Encoded; result: Encoded }[];
    seed0_state_head: { words: Encoded[]; index: Encoded };
  };
  seeds: SeedVector[];
}

export const VECTORS = JSON.parse(
  readFileSync(new URL('../vectors/cpython/random-3.13.json', import.meta.url), 'utf8'),
) as Vectors;

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Decodes one encoded value. */
export function dec(v: Encoded): Value {
  if (v === null || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(dec);
  if ('int' in v) return BigInt(v.int);
  if ('float' in v) {
    const x = Number(v.repr);
    if (pyFloatHex(x) !== v.float) throw new Error(`float ${v.repr} does not match ${v.float}`);
    return x;
  }
  return hexToBytes(v.bytes);
}

/** Python's float.hex() for a finite double. */
export function pyFloatHex(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? '-' : '';
  const biased = (hi >>> 20) & 0x7ff;
  const frac = ((hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0')).padEnd(13, '0');
  const lead = biased === 0 ? '0' : '1';
  const e = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${frac}p${e >= 0 ? '+' : ''}${e}`;
}

/** The init_by_array key of a vector's seed. */
export function keyOf(seed: Encoded, kind: SeedVector['kind'] | 'int', version = 2): Uint32Array {
  const v = dec(seed);
  if (kind === 'float') return floatSeedKey(v as number);
  return seedKey(v, version);
}

/** A generator seeded like the vector's `random.Random(seed)`. */
export function seeded(seed: Encoded, kind: SeedVector['kind'] | 'int' = 'int', version = 2): MersenneTwister {
  const mt = new MersenneTwister();
  mt.initByArray(keyOf(seed, kind, version));
  return mt;
}

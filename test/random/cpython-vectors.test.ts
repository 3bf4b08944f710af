/**
 * CPython 3.13 vectors: Lib/random.py run on the SplitMix word stream (test/vectors/random-cpython.py
 * generated them), replayed through RandomBase over the same stream. Word consumption must match
 * call for call; results must be identical, except that methods whose value passes through libm
 * (log, exp, cos, sin, acos, pow) may differ by a few ulps between V8 and glibc.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { RandomBase } from '../../src/index.js';
import { SplitMix } from '../helpers/fakes.js';

type Enc = number | boolean | string | null | { big: string } | { float: string } | Enc[];
interface Vector {
  seed: number;
  call: string;
  args: Enc[];
  result: Enc;
  words: number;
}

const { python, vectors } = JSON.parse(
  readFileSync(new URL('../vectors/random-cpython.json', import.meta.url), 'utf8'),
) as {
  python: string;
  vectors: Vector[];
};

function dec(x: Enc): unknown {
  if (Array.isArray(x)) return x.map(dec);
  if (x !== null && typeof x === 'object') return 'big' in x ? BigInt(x.big) : Number(x.float);
  return x;
}

/** Distance in units in the last place between two finite doubles of the same sign. */
function ulps(a: number, b: number): number {
  const f = new Float64Array([a, b]);
  const i = new BigInt64Array(f.buffer);
  const d = i[0]! - i[1]!;
  return Number(d < 0n ? -d : d);
}

/** Methods whose result goes through libm, with the largest ulp difference accepted. */
const LIBM: Record<string, number> = {
  gauss: 4,
  lognormvariate: 4,
  expovariate: 4,
  gammavariate: 4,
  betavariate: 4,
  paretovariate: 4,
  weibullvariate: 4,
  vonmisesvariate: 32,
};

class Counting extends SplitMix {
  used = 0;
  override nextUint32(): number {
    this.used++;
    return super.nextUint32();
  }
}

test(`CPython ${python} vectors: same words consumed, same results (libm methods within a few ulps)`, () => {
  let exact = 0;
  let checked = 0;
  const worstSeen = new Map<string, number>();
  const gens = new Map<number, { g: RandomBase; src: Counting }>();
  for (const v of vectors) {
    if (!gens.has(v.seed)) {
      const src = new Counting(v.seed);
      gens.set(v.seed, { g: new RandomBase(src), src });
    }
    const { g, src } = gens.get(v.seed)!;
    const a = dec(v.args) as [never, never, never, never];
    const before = src.used;
    let r: unknown;
    const m = g as unknown as Record<string, (...x: unknown[]) => unknown>;
    if (v.call === 'shuffle') {
      const x = [...(a[0] as unknown[])];
      g.shuffle(x);
      r = x;
    } else if (v.call === 'sample_counts') r = g.sample(a[0], a[1], { counts: a[2] });
    else if (v.call === 'choices') r = g.choices(a[0], { k: a[1], weights: a[2], cumWeights: a[3] });
    else r = m[v.call]!.apply(g, a);
    const where = `seed ${v.seed}: ${v.call}(${JSON.stringify(v.args)})`;
    assert.equal(src.used - before, v.words, `${where} consumed ${src.used - before} words, CPython ${v.words}`);
    const want = dec(v.result);
    const tol = LIBM[v.call];
    if (tol !== undefined && typeof want === 'number' && typeof r === 'number') {
      assert.ok(ulps(r, want) <= tol, `${where}: ${r} vs CPython ${want}`);
      worstSeen.set(v.call, Math.max(worstSeen.get(v.call) ?? 0, ulps(r, want)));
      if (r === want) exact++;
    } else {
      assert.deepEqual(r, want, where);
      exact++;
    }
    checked++;
  }
  assert.ok(checked > 200 && exact >= checked - 20, `${exact} of ${checked} exact`);
  console.log(`${exact} of ${checked} exact; worst ulps: ${JSON.stringify(Object.fromEntries(worstSeen))}`);
});

// A dudect-style constant-time check (Reparaz, Balasch, Verbauwhede, "Dude, is my code constant
// time?", DATE 2017): Welch's t-test between the execution times of two input classes, measured
// interleaved in random order, with the slowest measurements cropped at several percentile
// thresholds. |t| above 4.5 means the two classes are told apart by timing.
//
//   npm run ct   (= npm run build && node scripts/ct/dudect.mjs)
//   node scripts/ct/dudect.mjs [--measurements 300000] [--batch 16] [--runs 2]
//                                               [--targets more-targets.mjs] [--only name-substring]
//
// --measurements is per class. Each measurement times --batch consecutive calls on the same input
// with process.hrtime.bigint(), because one call is shorter than the timer's resolution.
//
// The harness never lets the class decide anything but the CONTENT of fixed, preallocated input
// slots: slots are allocated once, the slot used is the measurement's index modulo the slot count,
// and the same code fills a slot for either class (copy the base input, then XOR one position with
// a delta; the class only chooses the position and delta numbers). Then the timer runs the same
// call. A null experiment (both classes from the same law) checks this; a naive early-exit compare
// checks that the measurement can see a leak.
//
// Targets are pluggable: --targets FILE loads a module exporting `targets` (same shape as TARGETS
// below: { name, kind: 'bytes' | 'string', la, lb, call(a, b), gate }), e.g. OTP verification
// (scripts/ct/otp-targets.mjs). Optional fields: `slot()` (may be async) returns a slot's fixed
// `{ a, base }`, called once per slot before measuring (`a` is the first argument of every call,
// `base` the lb bytes `b` is built from; default: random printable bytes, a = base);
// `async: true` when call returns a promise (a measurement then times --batch sequential awaits);
// `measurements`, `batch`, `warmup` override the defaults for that target; `null: true` adds a
// null experiment on the target itself (reported, not gated), to calibrate (ii) against noise. The controls (naive
// compare and null experiment) run in every run, whatever --only selects.
// Exits 1 if a gate fails: naive (ii) must exceed |t| = 10, the null experiment and every gated
// target's experiment (ii) must stay below 4.5. Experiment (i) is reported, not gated.
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { compareDigest } from '../../dist/esm/index.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const PER_CLASS = Number(opt('measurements', 300000));
const BATCH = Number(opt('batch', 16));
const RUNS = Number(opt('runs', 2));
const ONLY = opt('only', '');
const THRESHOLD = 4.5;
const SLOTS = 256;
const LEN = 32;

/** An early-exit compare: leaks the position of the first difference. */
function naiveCompare(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const TARGETS = [
  { name: 'compareDigest bytes 32/32', kind: 'bytes', la: LEN, lb: LEN, call: compareDigest, gate: true },
  { name: 'compareDigest bytes 32/33', kind: 'bytes', la: LEN, lb: LEN + 1, call: compareDigest, gate: true },
  { name: 'compareDigest string 32/32', kind: 'string', la: LEN, lb: LEN, call: compareDigest, gate: true },
  { name: 'compareDigest string 32/33', kind: 'string', la: LEN, lb: LEN + 1, call: compareDigest, gate: true },
];
const NAIVE = { name: 'naive early-exit bytes 32/32', kind: 'bytes', la: LEN, lb: LEN, call: naiveCompare };

/** Cryptographically random bytes for the slots' base contents and the class sequence. */
const rnd = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

/**
 * Preallocated slots: `a` (fixed content) and `b` (refilled before each measurement). For strings,
 * `b` is rebuilt from its byte slot by the same code for both classes (strings are immutable).
 */
async function makeSlots(t) {
  const slots = [];
  for (let s = 0; s < SLOTS; s++) {
    if (t.slot) {
      const { a, base } = await t.slot();
      slots.push({ baseA: base, bBytes: new Uint8Array(t.lb), tail: 0x30, a, b: null });
      continue;
    }
    const baseA = rnd(t.la).map((x) => 0x21 + (x % 90)); // printable ASCII for strings
    const bBytes = new Uint8Array(t.lb);
    const tail = 0x21 + (rnd(1)[0] % 90);
    const aStr = String.fromCharCode(...baseA);
    slots.push({ baseA, bBytes, tail, a: t.kind === 'bytes' ? baseA : aStr, b: null });
  }
  return slots;
}

/** Same code for every class: b = a (padded with `tail` when longer), then b[pos] ^= delta. */
function fill(t, slot, pos, delta) {
  const b = slot.bBytes;
  b.set(slot.baseA.subarray(0, Math.min(t.la, t.lb)));
  if (t.lb > t.la) b.fill(slot.tail, t.la);
  b[pos] ^= delta;
  slot.b = t.kind === 'bytes' ? b : String.fromCharCode.apply(null, b);
}

/** Welch accumulators for the uncropped data and for each crop threshold. */
function welch() {
  return { n: [0, 0], mean: [0, 0], m2: [0, 0] };
}
function push(w, c, x) {
  const n = ++w.n[c];
  const d = x - w.mean[c];
  w.mean[c] += d / n;
  w.m2[c] += d * (x - w.mean[c]);
}
function tValue(w) {
  if (w.n[0] < 2 || w.n[1] < 2) return 0;
  const v0 = w.m2[0] / (w.n[0] - 1);
  const v1 = w.m2[1] / (w.n[1] - 1);
  return (w.mean[0] - w.mean[1]) / Math.sqrt(v0 / w.n[0] + v1 / w.n[1]);
}

/** The class sequence: a random order with exactly `perClass` of each (Fisher–Yates). */
function classOrder(perClass) {
  const total = 2 * perClass;
  const order = new Uint8Array(total);
  order.fill(1, perClass);
  const r32 = new Uint32Array(total);
  globalThis.crypto.getRandomValues(r32.subarray(0, Math.min(total, 16384)));
  for (let i = total - 1, k = 0; i > 0; i--, k++) {
    if (k % 16384 === 0) globalThis.crypto.getRandomValues(r32.subarray(0, 16384));
    const j = Math.floor((r32[k % 16384] / 2 ** 32) * (i + 1));
    const x = order[i];
    order[i] = order[j];
    order[j] = x;
  }
  return order;
}

/**
 * Runs one experiment: `classes[c]()` gives [pos, delta] for class c. Returns the largest |t| over
 * the uncropped test and the cropped ones (dudect's 100 thresholds 1 − 0.5^(10(k+1)/100), taken
 * from the first measurements), with the t of each.
 */
function experiment(t, classes, slots) {
  const perClass = t.measurements ?? PER_CLASS;
  const batch = t.batch ?? BATCH;
  const total = 2 * perClass;
  const order = classOrder(perClass);
  const call = t.call;
  let sink = 0;
  const times = new Float64Array(total);
  // Warm-up: both classes, so the compiler sees both before measuring.
  for (let m = 0; m < (t.warmup ?? 20000); m++) {
    const slot = slots[m % SLOTS];
    const [pos, delta] = classes[m & 1]();
    fill(t, slot, pos, delta);
    for (let k = 0; k < batch; k++) sink ^= call(slot.a, slot.b) ? 1 : 0;
  }
  for (let m = 0; m < total; m++) {
    const slot = slots[m % SLOTS];
    const [pos, delta] = classes[order[m]]();
    fill(t, slot, pos, delta);
    const a = slot.a;
    const b = slot.b;
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < batch; k++) sink ^= call(a, b) ? 1 : 0;
    const t1 = process.hrtime.bigint();
    times[m] = Number(t1 - t0);
  }
  return analyse(times, order, perClass, batch, sink);
}

/** The same experiment for an async call: each measurement times `batch` sequential awaits. */
async function experimentAsync(t, classes, slots) {
  const perClass = t.measurements ?? PER_CLASS;
  const batch = t.batch ?? BATCH;
  const total = 2 * perClass;
  const order = classOrder(perClass);
  const call = t.call;
  let sink = 0;
  const times = new Float64Array(total);
  for (let m = 0; m < (t.warmup ?? 20000); m++) {
    const slot = slots[m % SLOTS];
    const [pos, delta] = classes[m & 1]();
    fill(t, slot, pos, delta);
    for (let k = 0; k < batch; k++) sink ^= (await call(slot.a, slot.b)) ? 1 : 0;
  }
  for (let m = 0; m < total; m++) {
    const slot = slots[m % SLOTS];
    const [pos, delta] = classes[order[m]]();
    fill(t, slot, pos, delta);
    const a = slot.a;
    const b = slot.b;
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < batch; k++) sink ^= (await call(a, b)) ? 1 : 0;
    const t1 = process.hrtime.bigint();
    times[m] = Number(t1 - t0);
  }
  return analyse(times, order, perClass, batch, sink);
}

/** Welch's t-tests over the measurements after the first 10,000, uncropped and cropped. */
function analyse(times, order, perClass, batch, sink) {
  const total = times.length;
  // Crop thresholds from the first 10,000 measurements (both classes together).
  const head = Array.from(times.subarray(0, 10000)).sort((x, y) => x - y);
  const pct = (p) => head[Math.min(head.length - 1, Math.floor(p * head.length))];
  const cuts = [Infinity];
  for (let k = 0; k < 100; k++) cuts.push(pct(1 - 0.5 ** ((10 * (k + 1)) / 100)));
  const tests = cuts.map(() => welch());
  for (let m = 10000; m < total; m++) {
    const x = times[m];
    const c = order[m];
    for (let k = 0; k < cuts.length; k++) if (x < cuts[k]) push(tests[k], c, x);
  }
  let maxT = 0;
  let at = 'uncropped';
  tests.forEach((w, k) => {
    // Only crops that keep enough measurements of both classes count, as in dudect.
    if (Math.min(w.n[0], w.n[1]) < 1000) return;
    const v = Math.abs(tValue(w));
    if (v > maxT) {
      maxT = v;
      at = k === 0 ? 'uncropped' : `below ${cuts[k]} ns`;
    }
  });
  const all = tests[0];
  const median = (c) => {
    const xs = [];
    for (let m = 10000; m < total; m++) if (order[m] === c) xs.push(times[m]);
    xs.sort((x, y) => x - y);
    return xs[xs.length >> 1] / batch;
  };
  return { maxT, at, uncroppedT: tValue(all), perClass, batch, medianNs: [median(0), median(1)], sink };
}

const randPos = (len) => () => [rnd(1)[0] % len, 1];
const pre = (pos, delta) => () => [pos, delta];

function experimentsFor(t) {
  const L = Math.min(t.la, t.lb);
  return [
    {
      id: '(i) equal vs first byte differs',
      target: t,
      classes: t.lb > t.la ? [pre(t.lb - 1, 0), pre(0, 1)] : [pre(0, 0), pre(0, 1)],
      gate: null,
    },
    {
      id: '(ii) first byte vs last byte differs',
      target: t,
      classes: [pre(0, 1), pre(L - 1, 1)],
      gate: t.gate ? 'below' : null,
    },
    // A calibration on the target itself: both classes from the same law, so any |t| is noise.
    ...(t.null
      ? [
          {
            id: 'null: both classes differ at a uniformly random byte',
            target: t,
            classes: [randPos(L), randPos(L)],
            gate: null,
          },
        ]
      : []),
  ];
}

let targets = TARGETS;
const extra = opt('targets', '');
if (extra) targets = [...targets, ...(await import(pathToFileURL(resolve(extra)).href)).targets];
const plan = [
  { id: '(ii) first byte vs last byte differs', target: NAIVE, classes: [pre(0, 1), pre(LEN - 1, 1)], gate: 'above' },
  {
    id: 'null: both classes differ at a uniformly random byte',
    target: NAIVE,
    classes: [randPos(LEN), randPos(LEN)],
    gate: 'below',
  },
  ...targets.flatMap(experimentsFor),
].filter((e) => !ONLY || e.target === NAIVE || e.target.name.includes(ONLY));

// Each run is a fresh process (fresh JIT state and slots): runs are independent.
const RUN_NO = Number(opt('run-number', 0));
if (RUNS > 1 || RUN_NO === 0) {
  let failed = false;
  for (let run = 1; run <= RUNS; run++) {
    const rest = args.filter((a, i) => a !== '--runs' && args[i - 1] !== '--runs');
    const r = spawnSync(process.execPath, [process.argv[1], ...rest, '--runs', '1', '--run-number', String(run)], {
      stdio: 'inherit',
    });
    if (r.status !== 0) failed = true;
  }
  console.log(failed ? '# SOME GATES FAILED' : '# all gates passed in every run');
  process.exit(failed ? 1 : 0);
}

console.log(
  `# dudect run ${RUN_NO}: ${PER_CLASS} measurements per class, batches of ${BATCH} calls; ` +
    `node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`,
);
console.log(
  '| run | target | experiment | N per class | K | max abs t | where | uncropped t | median ns/call (class 0 / 1) | gate |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
let ok = true;
for (const e of plan) {
  const slots = await makeSlots(e.target);
  const r = e.target.async ? await experimentAsync(e.target, e.classes, slots) : experiment(e.target, e.classes, slots);
  let verdict = 'evidence';
  if (e.gate === 'below') verdict = r.maxT < THRESHOLD ? 'pass (< 4.5)' : 'FAIL (>= 4.5)';
  if (e.gate === 'above') verdict = r.maxT > 10 ? 'pass (leak seen, > 10)' : 'FAIL (leak not seen)';
  if (verdict.startsWith('FAIL')) ok = false;
  console.log(
    `| ${RUN_NO} | ${e.target.name} | ${e.id} | ${r.perClass} | ${r.batch} | ${r.maxT.toFixed(2)} | ${r.at} | ${r.uncroppedT.toFixed(2)} | ` +
      `${r.medianNs[0].toFixed(1)} / ${r.medianNs[1].toFixed(1)} | ${verdict} |`,
  );
}
process.exit(ok ? 0 : 1);

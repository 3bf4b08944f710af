// Side-by-side benchmark harness: ours and a peer run in the same process, interleaved round by
// round, and the median of the per-round speed ratios is reported (absolute times on a shared
// machine are noise; ratios are stable).

let sink = 0;
/**
 * Keeps results alive so the JIT cannot drop the work. A string result has its last character
 * read, as the program would read it: a string built by `+` is a rope whose flattening V8 defers
 * to the first read (Node's `randomUUID` returns one of 20 pieces), and that cost belongs to the
 * producer.
 */
export function consume(x) {
  if (typeof x === 'number') sink ^= x | 0;
  else if (typeof x === 'bigint') sink ^= Number(x & 0xffn);
  else if (typeof x === 'string') sink ^= x.charCodeAt(x.length - 1) | 0;
  else if (x && typeof x.length === 'number') sink ^= x.length;
  else sink ^= 1;
}

// Every function is timed in a loop of its own, compiled for it, as benchmark.js and mitata do. One
// loop shared by every case makes its `fn()` call site megamorphic: each call then goes through a
// generic dispatch that costs about 6 ns here and is never inlined, and that cost, added to both
// sides, pulls every ratio toward 1. With a loop per function the call site sees one function, as
// a call site in a program does.
const syncLoops = new WeakMap();
const asyncLoops = new WeakMap();
const AsyncFunction = (async () => {}).constructor;

function loopFor(loops, fn, make) {
  let loop = loops.get(fn);
  if (loop === undefined) {
    loop = make();
    loops.set(fn, loop);
  }
  return loop;
}

function timeIt(fn, iterations) {
  const loop = loopFor(
    syncLoops,
    fn,
    () => new Function('fn', 'consume', 'n', 'for (let i = 0; i < n; i++) consume(fn());'),
  );
  const t0 = process.hrtime.bigint();
  loop(fn, consume, iterations);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/** Finds an iteration count that takes about `ms` milliseconds. */
function calibrate(fn, ms) {
  let n = 1;
  for (;;) {
    const s = timeIt(fn, n);
    if (s * 1000 > ms / 4 || n > 1e9) return Math.max(1, Math.round((n * ms) / 1000 / Math.max(s, 1e-9)));
    n *= 4;
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * The iteration count of a round, found on warm code. A first pass runs the function cold (in the
 * interpreter, before the first pool fill), where one slow call would fix a round at a handful of
 * calls; it is discarded, and the larger of two warm passes is kept, so that one pass preempted by
 * the machine's load cannot shrink the rounds either.
 */
function warmCount(fn, ms) {
  calibrate(fn, ms);
  return Math.max(calibrate(fn, ms), calibrate(fn, ms));
}

/**
 * Runs one case: `{ name, ours, peer, peerName, target }`. Returns ops/s medians and the median
 * ratio ours/peer.
 */
export function runCase(c, { rounds = 15, ms = 60 } = {}) {
  const nOurs = warmCount(c.ours, ms);
  const nPeer = warmCount(c.peer, ms);
  const ratios = [];
  const oursRates = [];
  const peerRates = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first, so drift in machine load hits both equally.
    let a, b;
    if (r % 2 === 0) {
      a = nOurs / timeIt(c.ours, nOurs);
      b = nPeer / timeIt(c.peer, nPeer);
    } else {
      b = nPeer / timeIt(c.peer, nPeer);
      a = nOurs / timeIt(c.ours, nOurs);
    }
    oursRates.push(a);
    peerRates.push(b);
    ratios.push(a / b);
  }
  return { ours: median(oursRates), peer: median(peerRates), ratio: median(ratios) };
}

// Async cases (`async: true`): the same paired rounds, but each call is awaited before the next
// one starts, so the figure is the latency of one operation as a request handler sees it (no
// overlapping calls). Sync cases never go through this path.

async function timeItAsync(fn, iterations) {
  const loop = loopFor(
    asyncLoops,
    fn,
    () => new AsyncFunction('fn', 'consume', 'n', 'for (let i = 0; i < n; i++) consume(await fn());'),
  );
  const t0 = process.hrtime.bigint();
  await loop(fn, consume, iterations);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

async function calibrateAsync(fn, ms) {
  let n = 1;
  for (;;) {
    const s = await timeItAsync(fn, n);
    if (s * 1000 > ms / 4 || n > 1e9) return Math.max(1, Math.round((n * ms) / 1000 / Math.max(s, 1e-9)));
    n *= 4;
  }
}

/** {@link warmCount} for functions that return promises. */
async function warmCountAsync(fn, ms) {
  await calibrateAsync(fn, ms);
  return Math.max(await calibrateAsync(fn, ms), await calibrateAsync(fn, ms));
}

/** {@link runCase} for cases whose functions return promises. */
export async function runCaseAsync(c, { rounds = 15, ms = 60 } = {}) {
  const nOurs = await warmCountAsync(c.ours, ms);
  const nPeer = await warmCountAsync(c.peer, ms);
  const ratios = [];
  const oursRates = [];
  const peerRates = [];
  for (let r = 0; r < rounds; r++) {
    let a, b;
    if (r % 2 === 0) {
      a = nOurs / (await timeItAsync(c.ours, nOurs));
      b = nPeer / (await timeItAsync(c.peer, nPeer));
    } else {
      b = nPeer / (await timeItAsync(c.peer, nPeer));
      a = nOurs / (await timeItAsync(c.ours, nOurs));
    }
    oursRates.push(a);
    peerRates.push(b);
    ratios.push(a / b);
  }
  return { ours: median(oursRates), peer: median(peerRates), ratio: median(ratios) };
}

export function fmtRate(x) {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)} M/s`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)} k/s`;
  return `${x.toFixed(1)} /s`;
}

export function getSink() {
  return sink;
}

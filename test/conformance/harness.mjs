// The runtime-neutral conformance harness. Case files in ./cases/*.mjs export a default function
// `(lib, t) => void` that registers tests with `t.test(name, fn)`; `lib` maps every subpath of the
// package's `exports` ('.', './seeded', …) to its loaded module. Only standard JavaScript is used
// here, so the same cases run on Node (ESM and CJS), Bun, Deno, Chromium and a Web Worker.

class AssertionError extends Error {}

const show = (x) => {
  try {
    return typeof x === 'bigint' ? `${x}n` : (JSON.stringify(x) ?? String(x));
  } catch {
    return String(x);
  }
};

function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (ArrayBuffer.isView(a) || Array.isArray(a)) {
    if (a.length !== b.length || Array.isArray(a) !== Array.isArray(b)) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return deepEqual(ka, kb) && ka.every((k) => deepEqual(a[k], b[k]));
}

export const assert = {
  ok(cond, msg = 'expected a truthy value') {
    if (!cond) throw new AssertionError(msg);
  },
  equal(a, b, msg) {
    if (!Object.is(a, b)) throw new AssertionError(msg ?? `expected ${show(b)}, got ${show(a)}`);
  },
  deepEqual(a, b, msg) {
    if (!deepEqual(a, b)) throw new AssertionError(msg ?? `expected ${show(b)}, got ${show(a)}`);
  },
  match(s, re, msg) {
    if (typeof s !== 'string' || !re.test(s)) throw new AssertionError(msg ?? `${show(s)} does not match ${re}`);
  },
  throws(fn, ErrorClass, msg) {
    try {
      fn();
    } catch (e) {
      if (ErrorClass && !(e instanceof ErrorClass)) {
        throw new AssertionError(msg ?? `expected ${ErrorClass.name}, got ${e?.name}: ${e?.message}`);
      }
      return e;
    }
    throw new AssertionError(msg ?? 'expected an exception');
  },
  async rejects(fn, ErrorClass, msg) {
    try {
      await fn();
    } catch (e) {
      if (ErrorClass && !(e instanceof ErrorClass)) {
        throw new AssertionError(msg ?? `expected ${ErrorClass.name}, got ${e?.name}: ${e?.message}`);
      }
      return e;
    }
    throw new AssertionError(msg ?? 'expected a rejection');
  },
};

/**
 * Runs every case module against `lib`. Returns `{ passed, failed, failures }`; never throws.
 * `caseModules` are the loaded `./cases/*.mjs` modules.
 */
export async function runConformance(lib, caseModules) {
  const tests = [];
  const t = { test: (name, fn) => tests.push({ name, fn }), assert };
  for (const mod of caseModules) mod.default(lib, t);
  let passed = 0;
  const failures = [];
  for (const { name, fn } of tests) {
    try {
      await fn();
      passed++;
    } catch (e) {
      failures.push(`${name}: ${e?.stack ?? e}`);
    }
  }
  return { passed, failed: failures.length, failures, names: tests.map((x) => x.name) };
}

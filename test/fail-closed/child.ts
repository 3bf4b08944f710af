/**
 * Runs in a fresh process with the built package (through dist-register.mjs): removes
 * `globalThis.crypto` BEFORE anything of the library is loaded, then calls every case's `valid()`
 * and prints one JSON line describing what each call did. Not a test file: fail-closed.test.ts runs it.
 */
const g = globalThis as { crypto?: unknown };
Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
delete g.crypto;
// A fallback to Math.random (uuidjs/uuid#416) would show up here.
let mathRandomCalls = 0;
Object.defineProperty(Math, 'random', {
  value: () => {
    mathRandomCalls++;
    return 0.5;
  },
  configurable: true,
  writable: true,
});

interface Outcome {
  name: string;
  kind: 'threw' | 'rejected' | 'returned' | 'no-valid';
  errorName?: string;
  isUnavailable?: boolean;
  message?: string;
}

const { CASES: TABLE, NO_INPUT } = await import('../helpers/api.js');
const CASES = [...TABLE, ...NO_INPUT];
const lib = (await import('../../src/index.js')) as unknown as Record<string, unknown>;
const built = (await import(process.env.DIST_ENTRY!)) as Record<string, unknown>;
const Unavailable = lib.SecureRandomUnavailableError as new () => Error;

const outcomes: Outcome[] = [];
for (const c of CASES) {
  if (!c.valid) {
    outcomes.push({ name: c.name, kind: 'no-valid' });
    continue;
  }
  let kind: Outcome['kind'];
  let err: unknown;
  try {
    const r = c.valid();
    if (r && typeof (r as Promise<unknown>).then === 'function') {
      try {
        await r;
        kind = 'returned';
      } catch (e) {
        kind = 'rejected';
        err = e;
      }
    } else kind = 'returned';
  } catch (e) {
    kind = 'threw';
    err = e;
  }
  const e = err as Error | undefined;
  outcomes.push({
    name: c.name,
    kind,
    errorName: e?.name,
    isUnavailable: e instanceof Unavailable,
    message: e?.message,
  });
}
console.log(
  'FAIL-CLOSED ' +
    JSON.stringify({
      cryptoPresent: 'crypto' in globalThis && g.crypto !== undefined,
      sameModuleAsBuild: lib.randbelow === built.randbelow && lib.randbelow !== undefined,
      mathRandomCalls,
      outcomes,
    }),
);

export {};

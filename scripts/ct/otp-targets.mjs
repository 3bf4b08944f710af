// OTP verification targets for scripts/ct/dudect.mjs, on the built package:
//
//   npm run build && node scripts/ct/dudect.mjs --targets scripts/ct/otp-targets.mjs --only otp
//
// `b` is the presented 6-digit token, built from the matching candidate code (the slot's `base`)
// by the harness: experiment (i) token equal to that candidate vs differing in its first digit
// (matching none), experiment (ii) token differing in the first digit vs in the last digit. XOR
// with 1 keeps an ASCII digit a digit, so every token is well formed. Everything that is not the
// token (candidate codes, key, time step) is fixed per slot before measuring.
import { matchAll, verifyTotpWithKey } from '../../dist/esm/otp/otp.js';
import { hotpWithKey, importHmacKey } from '../../dist/esm/otp/webcrypto.js';
import { hotpSync, verifyTotpSync } from '../../dist/esm/index.js';

const DIGITS = 6;
const u32 = () => globalThis.crypto.getRandomValues(new Uint32Array(1))[0];
/** A code as hotpWithKey makes it: the decimal value, zero-padded. */
const randomCode = () => String(u32() % 10 ** DIGITS).padStart(DIGITS, '0');
const bytesOf = (code) => Uint8Array.from(code, (ch) => ch.charCodeAt(0));
/** The tokens the experiments present: the code itself and the code with its first or last digit changed. */
const tokensOf = (code) =>
  [0, DIGITS - 1]
    .map((p) => code.slice(0, p) + String.fromCharCode(code.charCodeAt(p) ^ 1) + code.slice(p + 1))
    .concat(code);

/**
 * A window of `size` candidate codes with the token's code at index `at`; the other candidates
 * equal none of the presented tokens, so exactly one candidate can match.
 */
function windowSlot(size, at) {
  return () => {
    const code = randomCode();
    const tokens = tokensOf(code);
    const codes = [];
    for (let i = 0; i < size; i++) {
      let c = code;
      if (i !== at)
        do c = randomCode();
        while (tokens.includes(c));
      codes.push(c);
    }
    return { a: codes, base: bytesOf(code) };
  };
}

const syncTarget = (size, at) => ({
  name: `otp matchAll: 6-digit token vs ${size} candidates, match at index ${at}`,
  kind: 'string',
  la: DIGITS,
  lb: DIGITS,
  slot: windowSlot(size, at),
  call: (codes, token) => matchAll(codes, token, 0).index >= 0,
  gate: true,
  null: true,
});

// verifyTotpWithKey as verifyTotp runs it after validation and key import: default window [1, 0]
// (two HMACs through crypto.subtle, then matchAll). One key for every slot; each slot has its own
// time step, and the token's code is the one of that step. Steps whose previous code equals a
// presented token are skipped, so the experiments' results are as labelled.
const key = await importHmacKey(globalThis.crypto.getRandomValues(new Uint8Array(20)), 'SHA-1');
let nextStep = 56_666_000;
async function stepSlot() {
  for (;;) {
    const step = nextStep++;
    const [prev, code] = await Promise.all([hotpWithKey(key, step - 1, DIGITS), hotpWithKey(key, step, DIGITS)]);
    if (!tokensOf(code).includes(prev)) return { a: { step }, base: bytesOf(code) };
  }
}

// verifyTotpSync end to end (HMAC from @noble/hashes): default window [1, 0], one secret for every
// slot, each slot its own time step, with the same skipping rule as above.
const syncSecret = globalThis.crypto.getRandomValues(new Uint8Array(20));
let nextSyncStep = 56_666_000;
function syncStepSlot() {
  for (;;) {
    const step = nextSyncStep++;
    const prev = hotpSync(syncSecret, step - 1, { digits: DIGITS });
    const code = hotpSync(syncSecret, step, { digits: DIGITS });
    if (!tokensOf(code).includes(prev)) return { a: { time: step * 30000 }, base: bytesOf(code) };
  }
}

export const targets = [
  syncTarget(2, 1),
  syncTarget(3, 1),
  {
    name: 'otp verifyTotpWithKey (async, window [1, 0], pre-imported SHA-1 key)',
    kind: 'string',
    la: DIGITS,
    lb: DIGITS,
    slot: stepSlot,
    async: true,
    call: async (ctx, token) => (await verifyTotpWithKey(key, token, ctx.step, 1, 0, DIGITS, -1)).valid,
    measurements: 30000,
    batch: 4,
    warmup: 2000,
    gate: false,
  },
  {
    name: 'otp verifyTotpSync (window [1, 0], SHA-1, secret as bytes)',
    kind: 'string',
    la: DIGITS,
    lb: DIGITS,
    slot: syncStepSlot,
    call: (ctx, token) => verifyTotpSync(token, syncSecret, { time: ctx.time }).valid,
    measurements: 30000,
    batch: 4,
    warmup: 2000,
    gate: false,
  },
];

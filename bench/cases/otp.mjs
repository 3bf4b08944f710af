// OTP cases: TOTP verification (SHA-1, 6 digits, 30 s, current and previous step) against otplib
// and otpauth, each called per request from the base32 secret text, as a login handler would.
// otpauth's window is symmetric only: `window: 1` checks three steps where the others check two.
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { TOTP as OtpauthTOTP, Secret } from 'otpauth';
import { verify as otplibVerify } from 'otplib';
import { totp, verifyTotp, verifyTotpSync } from '../../dist/esm/index.js';
import { verifyTotpWithKey } from '../../dist/esm/otp/otp.js';
import { importHmacKey } from '../../dist/esm/otp/webcrypto.js';
import { base32ToBytes } from '../../dist/esm/encoding/base32.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const TIME = 1_700_000_000_000;
const CURRENT = await totp(SECRET, { time: TIME });
const WRONG = CURRENT === '000000' ? '000001' : '000000';
// The internal timing hook: the same verification with the HMAC key imported once, to show how
// much of the cost is Web Crypto's importKey.
const KEY = await importHmacKey(base32ToBytes(SECRET), 'SHA-1');
const STEP = Math.floor(TIME / 30000);

const peerOtplib = (token) => () =>
  otplibVerify({ secret: SECRET, token, epoch: TIME / 1000, epochTolerance: [30, 0] }).then((r) => r.valid);
const peerOtpauth = (token) => () =>
  OtpauthTOTP.validate({ token, secret: Secret.fromBase32(SECRET), timestamp: TIME, window: 1 });

// The floor of any per-call design on @noble/hashes, as the "(bound)" rows measure it: key noble's
// HMAC (with the library's recycled hash objects) and finish `steps` counters, with no option
// checks, no secret decoding, no truncation and no comparison.
const initial = sha1.create();
const objects = [sha1.create(), sha1.create(), sha1.create()];
let next = 0;
const recycledSha1 = Object.assign(() => sha1(new Uint8Array(0)), {
  create: () => initial._cloneInto(objects[next++]),
  outputLen: sha1.outputLen,
  blockLen: sha1.blockLen,
});
const KEY_BYTES = base32ToBytes(SECRET);
const COUNTER = new Uint8Array(8);
const MAC = new Uint8Array(20);
let state;
const nobleFloor = (steps) => () => {
  next = 0;
  const keyed = hmac.create(recycledSha1, KEY_BYTES);
  for (let i = 0; i < steps; i++) {
    state = keyed._cloneInto(state);
    COUNTER[7] = i;
    state.update(COUNTER);
    state.digestInto(MAC);
  }
  keyed.destroy();
  return MAC[19];
};

const OTPAUTH = 'otpauth 9.5.2 TOTP.validate (window 1, sync)';
const OTPLIB = 'otplib 13.5.0 verify (epochTolerance [30,0])';

export const cases = [
  // The synchronous path (HMAC from @noble/hashes): the secret is decoded and the HMAC keyed once
  // per call, and each step clones the keyed state.
  {
    name: 'verifyTotpSync valid token, window [1,0]',
    ours: () => verifyTotpSync(CURRENT, SECRET, { time: TIME }),
    peer: peerOtpauth(CURRENT),
    peerName: OTPAUTH,
    target: 2,
  },
  {
    name: 'verifyTotpSync wrong token, window [1,0]',
    ours: () => verifyTotpSync(WRONG, SECRET, { time: TIME }),
    peer: peerOtpauth(WRONG),
    peerName: OTPAUTH,
    target: 2,
  },
  {
    name: '(bound) noble HMAC keyed per call + 2 steps, nothing else',
    ours: nobleFloor(2),
    peer: peerOtpauth(CURRENT),
    peerName: `${OTPAUTH}, valid token`,
  },
  {
    name: '(bound) noble HMAC keyed per call + 1 step (an early exit), nothing else',
    ours: nobleFloor(1),
    peer: peerOtpauth(CURRENT),
    peerName: `${OTPAUTH}, valid token`,
  },
  {
    name: 'verifyTotpSync valid token vs otplib',
    async: true,
    ours: () => verifyTotpSync(CURRENT, SECRET, { time: TIME }),
    peer: peerOtplib(CURRENT),
    peerName: OTPLIB,
    target: 10,
  },
  {
    name: 'verifyTotpSync wrong token vs otplib',
    async: true,
    ours: () => verifyTotpSync(WRONG, SECRET, { time: TIME }),
    peer: peerOtplib(WRONG),
    peerName: OTPLIB,
    target: 10,
  },
  {
    name: '(bound) noble HMAC keyed per call + 2 steps vs otplib',
    async: true,
    ours: nobleFloor(2),
    peer: peerOtplib(CURRENT),
    peerName: OTPLIB,
  },
  {
    name: 'verifyTotp valid token, window [1,0]',
    async: true,
    ours: () => verifyTotp(CURRENT, SECRET, { time: TIME }),
    peer: peerOtplib(CURRENT),
    peerName: 'otplib 13.5.0 verify (epochTolerance [30,0])',
  },
  {
    name: 'verifyTotp wrong token, window [1,0]',
    async: true,
    ours: () => verifyTotp(WRONG, SECRET, { time: TIME }),
    peer: peerOtplib(WRONG),
    peerName: 'otplib 13.5.0 verify (epochTolerance [30,0])',
  },
  {
    name: 'verifyTotp valid token vs otpauth',
    async: true,
    ours: () => verifyTotp(CURRENT, SECRET, { time: TIME }),
    peer: peerOtpauth(CURRENT),
    peerName: 'otpauth 9.5.2 TOTP.validate (window 1, sync)',
  },
  {
    name: 'verifyTotp wrong token vs otpauth',
    async: true,
    ours: () => verifyTotp(WRONG, SECRET, { time: TIME }),
    peer: peerOtpauth(WRONG),
    peerName: 'otpauth 9.5.2 TOTP.validate (window 1, sync)',
  },
  {
    name: 'verifyTotpWithKey (key imported once) vs otplib',
    async: true,
    ours: () => verifyTotpWithKey(KEY, CURRENT, STEP, 1, 0, 6, -1),
    peer: peerOtplib(CURRENT),
    peerName: 'otplib 13.5.0 verify (epochTolerance [30,0])',
  },
];

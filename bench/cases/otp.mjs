// OTP cases: TOTP verification (SHA-1, 6 digits, 30 s, current and previous step) against otplib
// and otpauth, each called per request from the base32 secret text, as a login handler would.
// otpauth's window is symmetric only: `window: 1` checks three steps where the others check two.
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

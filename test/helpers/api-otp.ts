/**
 * Hostile-input slots for the OTP, reset-link and session-key exports.
 */
import assert from 'node:assert/strict';
import * as api from '../../src/index.js';
import type { ApiCase } from './api.js';

const call = api as unknown as Record<string, (...a: unknown[]) => unknown>;

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const TIME = 1_700_000_000_000;
const RECORD = { selector: 'AAAAAAAAAAAAAAAAAAAAAA', verifierHash: 'A'.repeat(43), expiresAt: 1e13 };
const TOKEN = `${RECORD.selector}.${'B'.repeat(43)}`;

const isCode = (r: unknown) => assert.ok(typeof r === 'string' && /^\d{6,10}$/.test(r), `bad code ${String(r)}`);
/**
 * A verdict. For the OTP verifiers' `token` slot (untrusted input) every hostile value must give
 * a verdict, `'malformed'` unless it is a string: the call never throws there.
 */
const isVerdict = (r: unknown) => {
  assert.ok(typeof r === 'object' && r !== null && typeof (r as { valid?: unknown }).valid === 'boolean');
  if (!(r as { valid: boolean }).valid) {
    assert.ok(
      ['malformed', 'mismatch', 'replayed', 'unknown-selector', 'expired'].includes((r as { reason: string }).reason),
    );
  }
};

/** Exports that are classes or constants. */
export const NOT_CALLABLE_OTP = ['SubtleCryptoUnavailableError'];

export const CASES_OTP: ApiCase[] = [
  {
    name: 'hotp',
    slots: {
      secret: (x) => call.hotp!(x, 0),
      counter: (x) => call.hotp!(SECRET, x),
      options: (x) => call.hotp!(SECRET, 0, x),
      digits: (x) => call.hotp!(SECRET, 0, { digits: x }),
      algorithm: (x) => call.hotp!(SECRET, 0, { algorithm: x }),
    },
    check: isCode,
  },
  {
    name: 'totp',
    slots: {
      secret: (x) => call.totp!(x, { time: TIME }),
      options: (x) => call.totp!(SECRET, x),
      time: (x) => call.totp!(SECRET, { time: x }),
      period: (x) => call.totp!(SECRET, { time: TIME, period: x }),
      digits: (x) => call.totp!(SECRET, { time: TIME, digits: x }),
      algorithm: (x) => call.totp!(SECRET, { time: TIME, algorithm: x }),
      epoch: (x) => call.totp!(SECRET, { time: TIME, epoch: x }),
    },
    check: isCode,
  },
  {
    name: 'hotpSync',
    slots: {
      secret: (x) => call.hotpSync!(x, 0),
      counter: (x) => call.hotpSync!(SECRET, x),
      options: (x) => call.hotpSync!(SECRET, 0, x),
      digits: (x) => call.hotpSync!(SECRET, 0, { digits: x }),
      algorithm: (x) => call.hotpSync!(SECRET, 0, { algorithm: x }),
    },
    check: isCode,
  },
  {
    name: 'totpSync',
    slots: {
      secret: (x) => call.totpSync!(x, { time: TIME }),
      options: (x) => call.totpSync!(SECRET, x),
      time: (x) => call.totpSync!(SECRET, { time: x }),
      period: (x) => call.totpSync!(SECRET, { time: TIME, period: x }),
      digits: (x) => call.totpSync!(SECRET, { time: TIME, digits: x }),
      algorithm: (x) => call.totpSync!(SECRET, { time: TIME, algorithm: x }),
      epoch: (x) => call.totpSync!(SECRET, { time: TIME, epoch: x }),
    },
    check: isCode,
  },
  {
    name: 'otpSecret',
    slots: { nbytes: (x) => call.otpSecret!(x) },
    check: (r, x) => assert.ok(typeof r === 'string' && r.length === Math.ceil((8 * ((x as number) ?? 20)) / 5)),
  },
  {
    name: 'verifyTotp',
    untrusted: ['token'],
    slots: {
      token: (x) => call.verifyTotp!(x, SECRET, { time: TIME }),
      secret: (x) => call.verifyTotp!('123456', x, { time: TIME }),
      options: (x) => call.verifyTotp!('123456', SECRET, x),
      time: (x) => call.verifyTotp!('123456', SECRET, { time: x }),
      period: (x) => call.verifyTotp!('123456', SECRET, { time: TIME, period: x }),
      digits: (x) => call.verifyTotp!('123456', SECRET, { time: TIME, digits: x }),
      algorithm: (x) => call.verifyTotp!('123456', SECRET, { time: TIME, algorithm: x }),
      epoch: (x) => call.verifyTotp!('123456', SECRET, { time: TIME, epoch: x }),
      window: (x) => call.verifyTotp!('123456', SECRET, { time: TIME, window: x }),
      'window[0]': (x) => call.verifyTotp!('123456', SECRET, { time: TIME, window: [x, 0] }),
      'window[1]': (x) => call.verifyTotp!('123456', SECRET, { time: TIME, window: [0, x] }),
      lastStep: (x) => call.verifyTotp!('123456', SECRET, { time: TIME, lastStep: x }),
    },
    check: isVerdict,
  },
  {
    name: 'verifyHotp',
    untrusted: ['token'],
    slots: {
      token: (x) => call.verifyHotp!(x, SECRET, { counter: 0 }),
      secret: (x) => call.verifyHotp!('123456', x, { counter: 0 }),
      options: (x) => call.verifyHotp!('123456', SECRET, x),
      counter: (x) => call.verifyHotp!('123456', SECRET, { counter: x }),
      window: (x) => call.verifyHotp!('123456', SECRET, { counter: 0, window: x }),
      digits: (x) => call.verifyHotp!('123456', SECRET, { counter: 0, digits: x }),
      algorithm: (x) => call.verifyHotp!('123456', SECRET, { counter: 0, algorithm: x }),
    },
    check: isVerdict,
  },
  {
    name: 'verifyTotpSync',
    untrusted: ['token'],
    slots: {
      token: (x) => call.verifyTotpSync!(x, SECRET, { time: TIME }),
      secret: (x) => call.verifyTotpSync!('123456', x, { time: TIME }),
      options: (x) => call.verifyTotpSync!('123456', SECRET, x),
      time: (x) => call.verifyTotpSync!('123456', SECRET, { time: x }),
      period: (x) => call.verifyTotpSync!('123456', SECRET, { time: TIME, period: x }),
      digits: (x) => call.verifyTotpSync!('123456', SECRET, { time: TIME, digits: x }),
      algorithm: (x) => call.verifyTotpSync!('123456', SECRET, { time: TIME, algorithm: x }),
      epoch: (x) => call.verifyTotpSync!('123456', SECRET, { time: TIME, epoch: x }),
      window: (x) => call.verifyTotpSync!('123456', SECRET, { time: TIME, window: x }),
      'window[0]': (x) => call.verifyTotpSync!('123456', SECRET, { time: TIME, window: [x, 0] }),
      'window[1]': (x) => call.verifyTotpSync!('123456', SECRET, { time: TIME, window: [0, x] }),
      lastStep: (x) => call.verifyTotpSync!('123456', SECRET, { time: TIME, lastStep: x }),
    },
    check: isVerdict,
  },
  {
    name: 'verifyHotpSync',
    untrusted: ['token'],
    slots: {
      token: (x) => call.verifyHotpSync!(x, SECRET, { counter: 0 }),
      secret: (x) => call.verifyHotpSync!('123456', x, { counter: 0 }),
      options: (x) => call.verifyHotpSync!('123456', SECRET, x),
      counter: (x) => call.verifyHotpSync!('123456', SECRET, { counter: x }),
      window: (x) => call.verifyHotpSync!('123456', SECRET, { counter: 0, window: x }),
      digits: (x) => call.verifyHotpSync!('123456', SECRET, { counter: 0, digits: x }),
      algorithm: (x) => call.verifyHotpSync!('123456', SECRET, { counter: 0, algorithm: x }),
    },
    check: isVerdict,
  },
  {
    name: 'otpauthUri',
    slots: {
      options: (x) => call.otpauthUri!(x),
      type: (x) => call.otpauthUri!({ type: x, secret: SECRET, account: 'a', counter: 0 }),
      secret: (x) => call.otpauthUri!({ secret: x, account: 'a' }),
      account: (x) => call.otpauthUri!({ secret: SECRET, account: x }),
      issuer: (x) => call.otpauthUri!({ secret: SECRET, account: 'a', issuer: x }),
      algorithm: (x) => call.otpauthUri!({ secret: SECRET, account: 'a', algorithm: x }),
      digits: (x) => call.otpauthUri!({ secret: SECRET, account: 'a', digits: x }),
      period: (x) => call.otpauthUri!({ secret: SECRET, account: 'a', period: x }),
      counter: (x) => call.otpauthUri!({ type: 'hotp', secret: SECRET, account: 'a', counter: x }),
    },
    check: (r) => assert.ok(typeof r === 'string' && r.startsWith('otpauth://')),
  },
  {
    name: 'parseOtpauthUri',
    slots: { uri: (x) => call.parseOtpauthUri!(x) },
  },
  {
    name: 'sessionKey',
    slots: { nbytes: (x) => call.sessionKey!(x) },
    check: (r, x) => assert.ok(typeof r === 'string' && r.length === Math.ceil((4 * ((x as number) ?? 32)) / 3)),
  },
  {
    name: 'createResetLink',
    slots: {
      baseUrl: (x) => call.createResetLink!(x),
      options: (x) => call.createResetLink!('https://example.com/r', x),
      ttlMs: (x) => call.createResetLink!('https://example.com/r', { ttlMs: x }),
      now: (x) => call.createResetLink!('https://example.com/r', { now: x }),
      param: (x) => call.createResetLink!('https://example.com/r', { param: x }),
      placement: (x) => call.createResetLink!('https://example.com/r', { placement: x }),
    },
    check: (r) => assert.ok(typeof (r as { url?: unknown }).url === 'string'),
  },
  {
    name: 'parseResetToken',
    slots: { token: (x) => call.parseResetToken!(x) },
    untrusted: ['token'],
    check: (r) => assert.equal(r, undefined),
  },
  {
    name: 'verifyResetToken',
    slots: {
      token: (x) => call.verifyResetToken!(x, RECORD, { now: 0 }),
      record: (x) => call.verifyResetToken!(TOKEN, x, { now: 0 }),
      options: (x) => call.verifyResetToken!(TOKEN, RECORD, x),
      now: (x) => call.verifyResetToken!(TOKEN, RECORD, { now: x }),
      'record.selector': (x) => call.verifyResetToken!(TOKEN, { ...RECORD, selector: x }, { now: 0 }),
      'record.verifierHash': (x) => call.verifyResetToken!(TOKEN, { ...RECORD, verifierHash: x }, { now: 0 }),
      'record.expiresAt': (x) => call.verifyResetToken!(TOKEN, { ...RECORD, expiresAt: x }, { now: 0 }),
    },
    untrusted: ['token'],
    check: isVerdict,
  },
];

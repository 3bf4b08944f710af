/**
 * Hostile-input slots of the password area: every argument and every option of password,
 * passwordSpace, passwordEntropy, passphrase, passphraseEntropy and pin.
 */
import assert from 'node:assert/strict';
import * as api from '../../src/index.js';
import type { ApiCase } from './api.js';

const call = api as unknown as Record<string, (...a: unknown[]) => unknown>;

/** Slots for a policy-taking function: the whole policy, each option, and each class field. */
function policySlots(name: string): Record<string, (x: unknown) => unknown> {
  const f = call[name]!;
  const slots: Record<string, (x: unknown) => unknown> = {
    policy: (x) => f(x),
    length: (x) => f({ length: x }),
    exclude: (x) => f({ exclude: x }),
    excludeAmbiguous: (x) => f({ excludeAmbiguous: x }),
    alphabet: (x) => f({ alphabet: x }),
  };
  for (const cls of ['lowercase', 'uppercase', 'digits', 'symbols']) {
    slots[cls] = (x) => f({ [cls]: x });
    slots[`${cls}.min`] = (x) => f({ [cls]: { min: x } });
    slots[`${cls}.max`] = (x) => f({ [cls]: { max: x } });
    slots[`${cls}.chars`] = (x) => f({ [cls]: { chars: x } });
  }
  return slots;
}

function phraseSlots(name: string): Record<string, (x: unknown) => unknown> {
  const f = call[name]!;
  return {
    options: (x) => f(x),
    words: (x) => f({ words: x }),
    bits: (x) => f({ bits: x }),
    separator: (x) => f({ separator: x }),
    capitalize: (x) => f({ capitalize: x }),
    digit: (x) => f({ digit: x }),
    symbol: (x) => f({ symbol: x }),
    wordlist: (x) => f({ wordlist: x, words: 2 }),
  };
}

export const CASES_PASSWORD: ApiCase[] = [
  {
    name: 'password',
    slots: policySlots('password'),
    check: (r) => assert.ok(typeof r === 'string' && r.length > 0),
  },
  {
    name: 'passwordSpace',
    slots: policySlots('passwordSpace'),
    check: (r) => assert.ok(typeof r === 'bigint' && r >= 2n),
  },
  {
    name: 'passwordEntropy',
    slots: policySlots('passwordEntropy'),
    check: (r) => assert.ok(typeof r === 'number' && r >= 1 && Number.isFinite(r)),
  },
  {
    name: 'passphrase',
    slots: phraseSlots('passphrase'),
    check: (r) => assert.ok(typeof r === 'string' && r.length > 0),
  },
  {
    name: 'passphraseEntropy',
    slots: phraseSlots('passphraseEntropy'),
    check: (r) => assert.ok(typeof r === 'number' && r > 0 && Number.isFinite(r)),
  },
  {
    name: 'pin',
    slots: { digits: (x) => call.pin!(x) },
    check: (r, x) => assert.ok(typeof r === 'string' && new RegExp(`^[0-9]{${(x as number) ?? 6}}$`).test(r)),
  },
];

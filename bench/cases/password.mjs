// Password cases: policy passwords against generate-password (strict), passphrases against
// eff-diceware-passphrase, PINs against a digit loop on crypto.randomInt.
import { randomInt } from 'node:crypto';
import effDiceware from 'eff-diceware-passphrase';
import generator from 'generate-password';
import { passphrase, password, pin } from '../../dist/esm/index.js';

const STRICT = { length: 16, numbers: true, symbols: true, lowercase: true, uppercase: true, strict: true };
const POLICY = { length: 16, lowercase: 1, uppercase: 1, digits: 1, symbols: 1 };

function randomIntPin() {
  let s = '';
  for (let i = 0; i < 6; i++) s += randomInt(10);
  return s;
}

export const cases = [
  {
    name: 'password() (16 chars, 4 classes, 1 of each)',
    ours: () => password(),
    peer: () => generator.generate(STRICT),
    peerName: 'generate-password 1.7.1 (strict)',
    target: 3,
  },
  {
    name: 'password(policy object) (same policy)',
    ours: () => password(POLICY),
    peer: () => generator.generate(STRICT),
    peerName: 'generate-password 1.7.1 (strict)',
    target: 3.2,
  },
  {
    name: 'passphrase() (5 EFF words)',
    ours: () => passphrase(),
    peer: () => effDiceware(5).join('-'),
    peerName: 'eff-diceware-passphrase 3.0.0',
  },
  {
    name: 'pin() (6 digits)',
    ours: () => pin(),
    peer: randomIntPin,
    peerName: '6 × crypto.randomInt(10)',
  },
];

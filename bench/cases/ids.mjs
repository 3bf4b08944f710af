// IDs and UUIDs: id() and customAlphabet against nanoid, uuid4 against Node's randomUUID, uuid7
// against the uuid package.
import { randomUUID } from 'node:crypto';
import { customAlphabet as nanoCustom, nanoid } from 'nanoid';
import { v7 } from 'uuid';
import { customAlphabet, id, uuid4, uuid7 } from '../../dist/esm/index.js';

const DIGITS = '0123456789';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ours10 = customAlphabet(DIGITS, 21);
const peer10 = nanoCustom(DIGITS, 21);
const ours62 = customAlphabet(ALNUM, 21);
const peer62 = nanoCustom(ALNUM, 21);

// Not secrets-ts: the fastest way to make a fresh 21-character string, with no randomness and no
// lookups, against nanoid(). It bounds what any design that builds each ID anew can reach.
const fcc = String.fromCharCode;
let k = 0;
const fresh21 = () =>
  fcc(65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 65 + (k++ & 15));

export const cases = [
  { name: 'id()', ours: () => id(), peer: () => nanoid(), peerName: 'nanoid()', target: 1.3 },
  { name: '(bound) a fresh 21-char string, no randomness', ours: fresh21, peer: () => nanoid(), peerName: 'nanoid()' },
  {
    name: 'customAlphabet(10 symbols, 21)',
    ours: () => ours10(),
    peer: () => peer10(),
    peerName: 'nanoid customAlphabet',
    target: 2.6,
  },
  {
    name: 'customAlphabet(62 symbols, 21)',
    ours: () => ours62(),
    peer: () => peer62(),
    peerName: 'nanoid customAlphabet',
    target: 1.6,
  },
  { name: 'uuid4()', ours: () => uuid4(), peer: () => randomUUID(), peerName: 'crypto.randomUUID()', target: 2 },
  { name: 'uuid7()', ours: () => uuid7(), peer: () => v7(), peerName: 'uuid v7()' },
];

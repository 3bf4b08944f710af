/**
 * `secrets-ts id`: a nanoid-style ID.
 * @internal
 * @module
 */
import { customAlphabet, entropyBits, id, MAX_ID_SIZE } from '../../index.js';
import { inUserWords, noPositionals, type Command } from '../io.js';

export const idCommand: Command = {
  summary: 'a nanoid-style ID: 21 URL-safe symbols by default, or any alphabet and size',
  usage: '[--size N] [--alphabet CHARS]',
  examples: ['id', 'id --size 10', 'id --alphabet 0123456789abcdef --size 16', 'id -n 1000 --unique'],
  flags: {
    size: {
      type: 'int',
      help: `the ID's length in symbols, 1 to ${MAX_ID_SIZE} (default 21)`,
      min: 1,
      max: MAX_ID_SIZE,
    },
    alphabet: {
      type: 'string',
      arg: 'CHARS',
      help: '2 to 65536 distinct characters to draw from (default A-Z a-z 0-9 _ -)',
    },
  },
  generator: true,
  async run(args, _io, emit) {
    const f = args.flags;
    noPositionals('id', args);
    const size = (f.size as number | undefined) ?? 21;
    const alphabet = f.alphabet as string | undefined;
    let make: () => string;
    let bits: number;
    try {
      make = alphabet === undefined ? () => id(size) : customAlphabet(alphabet, size);
      bits = entropyBits(alphabet === undefined ? { kind: 'id', size } : { kind: 'id', size, alphabet });
    } catch (e) {
      throw inUserWords('id', e as Error, { alphabet: args.typed.alphabet ?? '--alphabet', size: '--size' });
    }
    const n = alphabet === undefined ? 64 : [...alphabet].length;
    const model = `${size} uniform symbols from a ${n}-symbol alphabet`;
    await emit(() => ({ value: make(), entropyBits: bits, model }), BigInt(n) ** BigInt(size));
    return 0;
  },
};

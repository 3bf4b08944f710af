/**
 * `secrets-ts pin`: decimal digits.
 * @internal
 * @module
 */
import { pin } from '../../index.js';
import { convert, UsageError } from '../args.js';
import { type Command } from '../io.js';

const DIGITS = { type: 'int', help: 'number of digits, 1 to 64 (default 6)', min: 1, max: 64 } as const;

export const pinCommand: Command = {
  summary: 'a PIN of uniform decimal digits, leading zeros included (default 6)',
  usage: '[N | --digits N]',
  examples: ['pin', 'pin 4', 'pin --digits 8 -n 3'],
  flags: { digits: DIGITS },
  generator: true,
  async run(args, _io, emit) {
    if (args.positionals.length > 1 || (args.positionals.length === 1 && args.flags.digits !== undefined)) {
      throw new UsageError('pin: give the number of digits once (N or --digits N)');
    }
    const digits =
      args.positionals.length === 1
        ? (convert('pin', 'N', DIGITS, args.positionals[0]!) as number)
        : ((args.flags.digits as number | undefined) ?? 6);
    const bits = digits * Math.log2(10);
    const model = `${digits} uniform decimal digits`;
    await emit(() => ({ value: pin(digits), entropyBits: bits, model }), 10n ** BigInt(digits));
    return 0;
  },
};

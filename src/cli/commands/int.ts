/**
 * `secrets-ts int`: randbelow and randrange with bounds of any size.
 * @internal
 * @module
 */
import { randbelow, randrange } from '../../index.js';
import { log2Big } from '../../password/policy.js';
import { convert, UsageError } from '../args.js';
import { type Command } from '../io.js';

export const intCommand: Command = {
  summary: 'a uniform random integer: int N gives 0..N-1, int START STOP [STEP] is randrange (any size)',
  usage: 'N | START STOP [STEP]',
  examples: ['int 6', 'int 1 7', 'int 0 100 5', 'int 1e30', 'int 10 -n 3'],
  flags: {},
  generator: true,
  async run(args, _io, emit) {
    const p = args.positionals;
    if (p.length < 1 || p.length > 3) throw new UsageError('int: give N, or START STOP, or START STOP STEP');
    const names = p.length === 1 ? ['N'] : ['START', 'STOP', 'STEP'];
    const v = p.map((text, i) => convert('int', names[i]!, { type: 'bigint', help: '' }, text) as bigint);
    let start = 0n;
    let stop: bigint;
    let step = 1n;
    if (v.length === 1) stop = v[0]!;
    else [start, stop, step = 1n] = v as [bigint, bigint, bigint?];
    if (step === 0n) throw new UsageError('int: STEP must not be 0');
    // The number of values in range(start, stop, step), as Python counts it.
    const n = step > 0n ? (stop - start + step - 1n) / step : (start - stop - step - 1n) / -step;
    if (n <= 0n)
      throw new UsageError(
        v.length === 1 ? `int: N must be at least 1, got ${p[0]}` : `int: the range is empty (${p.join(' ')})`,
      );
    const safe = [start, stop, step].every(
      (x) => x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER),
    );
    const draw =
      v.length === 1 && safe
        ? () => randbelow(Number(stop))
        : safe
          ? () => randrange(Number(start), Number(stop), Number(step))
          : () => randrange(start, stop, step);
    const bits = log2Big(n);
    const model = `uniform integer in range(${start}, ${stop}, ${step})`;
    await emit(() => ({ value: String(draw()), entropyBits: bits, model }), n);
    return 0;
  },
};

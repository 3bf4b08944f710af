/**
 * `secrets-ts choice`: one item picked uniformly.
 * @internal
 * @module
 */
import { choice } from '../../index.js';
import { UsageError } from '../args.js';
import { items, type Command } from '../io.js';
import { pickEntropy } from './lists.js';

export const choiceCommand: Command = {
  summary: 'pick one item uniformly (from the arguments, or from stdin lines)',
  usage: '[ITEM... | -]',
  examples: ['choice heads tails', 'choice < names.txt', 'choice red green blue -n 3'],
  flags: {},
  generator: true,
  async run(args, io, emit) {
    const list = await items(args, io, 'choice');
    if (list.length === 0) throw new UsageError('choice: cannot choose from an empty list');
    const { bits, distinct } = pickEntropy(list);
    const model = `uniform pick from ${list.length} items`;
    await emit(() => ({ value: choice(list), entropyBits: bits, model }), BigInt(distinct));
    return 0;
  },
};

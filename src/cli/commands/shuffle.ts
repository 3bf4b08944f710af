/**
 * `secrets-ts shuffle`: the items in a uniformly random order.
 * @internal
 * @module
 */
import { shuffle } from '../../index.js';
import { items, type Command } from '../io.js';
import { arrangementsLog2, writeList } from './lists.js';

export const shuffleCommand: Command = {
  summary: 'print the items in a uniformly random order (from the arguments, or from stdin lines)',
  usage: '[ITEM... | -]',
  examples: ['shuffle alice bob carol dave', 'shuffle < names.txt', 'seq 1 52 | secrets-ts shuffle'],
  flags: { json: { type: 'bool', help: 'print one JSON object: {"value": [...], "entropyBits", "model"}' } },
  generator: false,
  async run(args, io) {
    const list = await items(args, io, 'shuffle');
    shuffle(list);
    const model = `uniformly random order of ${list.length} items`;
    await writeList(io, list, Boolean(args.flags.json), arrangementsLog2(list), model);
    return 0;
  },
};

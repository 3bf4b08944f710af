/**
 * `secrets-ts sample`: K distinct positions chosen uniformly, in random order.
 * @internal
 * @module
 */
import { sample } from '../../index.js';
import { convert, UsageError } from '../args.js';
import { items, type Command } from '../io.js';
import { writeList } from './lists.js';

export const sampleCommand: Command = {
  summary: 'print K distinct items chosen uniformly, in random order (from the arguments, or from stdin lines)',
  usage: 'K [ITEM... | -]',
  examples: ['sample 2 alice bob carol dave', 'sample 3 < names.txt'],
  flags: { json: { type: 'bool', help: 'print one JSON object: {"value": [...], "entropyBits", "model"}' } },
  generator: false,
  async run(args, io) {
    const [kText, ...rest] = args.positionals;
    if (kText === undefined) throw new UsageError('sample: give K, the number of items to pick');
    const k = convert('sample', 'K', { type: 'int', help: '', min: 0 }, kText) as number;
    const list = await items(args, io, 'sample', rest);
    if (k > list.length) throw new UsageError(`sample: K = ${k} is larger than the ${list.length} items given`);
    const distinct = new Set(list).size === list.length;
    let bits = 0;
    for (let i = 0; i < k; i++) bits += Math.log2(list.length - i);
    const model = `uniform ordered sample of ${k} of ${list.length} items${distinct ? '' : ' (items repeat: the bits count positions, an upper bound)'}`;
    await writeList(io, sample(list, k), Boolean(args.flags.json), bits, model);
    return 0;
  },
};

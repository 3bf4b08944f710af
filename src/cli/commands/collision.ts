/**
 * `secrets-ts collision`: birthday-problem odds.
 * @internal
 * @module
 */
import { collisionProbability, drawsForCollisionProbability, timeToCollision, type Space } from '../../index.js';
import { UsageError } from '../args.js';
import { atMostOne, given, inUserWords, jsonCount, jsonLine, noPositionals, type Command } from '../io.js';
import { formatDuration } from '../../entropy/index.js';
import { alphabetBits, refuseSize, seconds, SIZE_HINT } from './strength.js';

export const collisionCommand: Command = {
  summary: 'collision odds: the probability for N draws, or the draws (and time) to reach probability P',
  usage:
    '(--draws N | --probability P) (--bits B | --space N | --alphabet CHARS -l L | --alphabet-size N -l L) [--rate R]',
  examples: [
    'collision --draws 1e9 --bits 122',
    'collision --probability 1e-6 --alphabet 0123456789abcdef --length 12 --rate 1000',
    'collision --probability 0.5 --space 365',
  ],
  flags: {
    draws: { type: 'bigint', help: 'how many values are drawn, at least 0 (1e9 and bigints work)', min: 0 },
    probability: { type: 'number', arg: 'P', help: 'the collision probability to reach, above 0 and at most 1' },
    bits: { type: 'number', help: 'the space as bits of entropy, at least 0', min: 0 },
    space: { type: 'bigint', help: 'the number of equally likely values, at least 1 (1e12 and bigints work)', min: 1 },
    alphabet: { type: 'string', arg: 'CHARS', help: 'the space is CHARS^length' },
    'alphabet-size': { type: 'int', arg: 'N', help: 'the space is N^length, N at least 2', min: 2 },
    size: SIZE_HINT,
    length: { type: 'int', help: 'symbols per value, at least 1', min: 1, short: 'l' },
    rate: { type: 'number', help: 'values drawn per second, above 0 (with --probability: the time to reach it)' },
    json: { type: 'bool', help: 'print JSON: {"probability", "draws", "entropyBits", "model"[, "seconds"]}' },
  },
  generator: false,
  async run(args, io) {
    const f = args.flags;
    noPositionals('collision', args);
    refuseSize('collision', args);
    const ways = given(args, ['bits', 'space', 'alphabet', 'alphabet-size']);
    if (ways.length > 1) throw new UsageError(`collision: ${ways.join(' and ')} contradict each other; give one`);
    if (ways.length === 0)
      throw new UsageError(
        'collision: give the space: --bits B, --space N, --alphabet CHARS -l L or --alphabet-size N -l L',
      );
    atMostOne('collision', args, ['draws', 'probability']);
    if (f.draws === undefined && f.probability === undefined)
      throw new UsageError('collision: give --draws N or --probability P');
    if (f.length !== undefined && (f.bits !== undefined || f.space !== undefined))
      throw new UsageError(`collision: ${args.typed.length} applies to --alphabet or --alphabet-size, not ${ways[0]}`);
    if (f.rate !== undefined && f.draws !== undefined)
      throw new UsageError(
        `collision: ${args.typed.rate} applies to --probability (the time to reach it), not --draws`,
      );
    if (f.rate !== undefined && !((f.rate as number) > 0))
      throw new UsageError(`collision: ${args.typed.rate} must be above 0 per second, got ${String(f.rate)}`);
    let space: Space;
    let bits: number;
    let model: string;
    if (f.space !== undefined) {
      space = f.space as bigint;
      bits = Math.log2(Number(space));
      model = `${space} equally likely values`;
    } else if (f.bits !== undefined) {
      bits = f.bits as number;
      space = { bits };
      model = `2^${bits} equally likely values`;
    } else {
      ({ bits, model } = alphabetBits('collision', args)!);
      space = { bits };
    }
    const terms = {
      p: args.typed.probability ?? '--probability',
      'space.bits': '--bits',
      space: '--space',
      draws: '--draws',
    };
    try {
      if (f.draws !== undefined) {
        const p = collisionProbability(f.draws as bigint, space);
        await io.write(
          f.json
            ? jsonLine({ probability: p, draws: jsonCount(f.draws as bigint), entropyBits: bits, model })
            : `P(at least one collision among ${f.draws} draws) = ${p.toPrecision(6)}\n`,
        );
        return 0;
      }
      const p = f.probability as number;
      if (!(p > 0 && p <= 1))
        throw new UsageError(`collision: ${args.typed.probability} must be above 0 and at most 1, got ${String(p)}`);
      const n = drawsForCollisionProbability(p, space);
      const t = f.rate === undefined ? undefined : timeToCollision(p, space, f.rate as number);
      if (f.json)
        await io.write(
          jsonLine({
            probability: p,
            draws: jsonCount(n),
            entropyBits: bits,
            model,
            ...(t === undefined ? {} : { seconds: seconds(t, Math.log10(t)) }),
          }),
        );
      else
        await io.write(
          `${n.toLocaleString('en', { maximumFractionDigits: 0 })} draws reach P = ${p}${t === undefined ? '' : `, after ${formatDuration(t)} at ${String(f.rate)} per second`}\n`,
        );
      return 0;
    } catch (e) {
      if (e instanceof RangeError || e instanceof TypeError) throw inUserWords('collision', e, terms);
      throw e;
    }
  },
};

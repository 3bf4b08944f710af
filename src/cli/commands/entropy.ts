/**
 * `secrets-ts entropy`: exact entropy and crack times.
 * @internal
 * @module
 */
import { ATTACKERS, passphraseEntropy, passwordEntropy } from '../../index.js';
import { MAX_WORDS } from '../../password/passphrase.js';
import { UsageError } from '../args.js';
import { given, inUserWords, noPositionals, type Command } from '../io.js';
import { POLICY_FLAGS, policyError, policyFrom } from './password.js';
import { alphabetBits, refuseSize, reportStrength, SIZE_HINT } from './strength.js';

const POLICY_ONLY = Object.keys(POLICY_FLAGS).filter((k) => k !== 'length' && k !== 'alphabet');

export const entropyCommand: Command = {
  summary: 'exact entropy and crack times: for an alphabet and length, a password policy, a passphrase, or bits',
  usage:
    '--alphabet CHARS -l N | --alphabet-size N -l N | PASSWORD FLAGS | --words N | --bits B [--rate R | --attacker NAME]',
  examples: [
    'entropy --alphabet 0123456789 --length 6',
    'entropy --alphabet-size 94 --length 16',
    'entropy --length 10 --lower 1 --upper 1 --digits 1 --symbols 1',
    'entropy --words 6',
    'entropy --bits 80 --attacker gpu-cluster',
  ],
  flags: {
    ...POLICY_FLAGS,
    length: {
      type: 'int',
      help: 'symbols per secret (with --alphabet or --alphabet-size), or password length',
      min: 0,
      short: 'l',
    },
    'alphabet-size': { type: 'int', arg: 'N', help: 'the number of symbols in the alphabet, at least 2', min: 2 },
    size: SIZE_HINT,
    words: { type: 'int', help: `passphrase words from the EFF long list, 1 to ${MAX_WORDS}`, min: 1, max: MAX_WORDS },
    bits: { type: 'number', help: 'entropy in bits, directly (at least 0)', min: 0 },
    rate: { type: 'number', help: 'guesses per second (instead of the presets), above 0' },
    attacker: { type: 'string', arg: 'NAME', help: `one preset: ${Object.keys(ATTACKERS).join(', ')}` },
    json: { type: 'bool', help: 'print JSON: {"entropyBits", "model", "crackTimes": [...]}' },
  },
  generator: false,
  async run(args, io) {
    const f = args.flags;
    noPositionals('entropy', args);
    refuseSize('entropy', args);
    // Each way of stating the secret excludes the others.
    const groups = [
      given(args, ['bits']),
      given(args, ['words']),
      given(args, ['alphabet-size']),
      given(args, ['alphabet', ...POLICY_ONLY]),
    ].filter((g) => g.length > 0);
    if (groups.length > 1)
      throw new UsageError(`entropy: ${groups.map((g) => g[0]).join(' and ')} contradict each other; give one`);
    if (f.bits !== undefined || f.words !== undefined) {
      const stray = given(args, ['length']);
      if (stray.length)
        throw new UsageError(`entropy: ${stray[0]} does not apply to ${args.typed.bits ?? args.typed.words}`);
    }
    let bits: number;
    let model: string;
    if (f.bits !== undefined) {
      bits = f.bits as number;
      model = 'entropy given directly';
    } else if (f.words !== undefined) {
      try {
        bits = passphraseEntropy({ words: f.words as number });
      } catch (e) {
        throw inUserWords('entropy', e as Error, { 'options.words': args.typed.words! });
      }
      model = `${String(f.words)} words drawn with replacement from the EFF long list (7,772 words)`;
    } else if (POLICY_ONLY.some((k) => f[k] !== undefined)) {
      const policy = policyFrom('entropy', args);
      try {
        bits = passwordEntropy(policy);
      } catch (e) {
        throw policyError('entropy', args, e as Error);
      }
      model = 'uniform over every password the policy allows';
    } else {
      const a = alphabetBits('entropy', args);
      if (!a)
        throw new UsageError(
          'entropy: give --bits B, --words N, --alphabet CHARS with --length L, --alphabet-size N with --length L, or password flags',
        );
      ({ bits, model } = a);
    }
    return reportStrength(io, args, bits, model);
  },
};

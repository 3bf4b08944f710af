/**
 * `secrets-ts passphrase`: words drawn with replacement.
 * @internal
 * @module
 */
import { passphrase, passphraseEntropy, type PassphraseOptions } from '../../index.js';
import { MAX_WORDS, phraseWords } from '../../password/passphrase.js';
import { EFF_LARGE_INFO } from '../../wordlists/eff-large.js';
import { atMostOne, inUserWords, noPositionals, readInput, type Command } from '../io.js';

export const passphraseCommand: Command = {
  summary: 'a passphrase of words drawn with replacement (EFF long list by default; 64 bits unless told)',
  usage: '[--words N | --bits N] [--separator S] [--capitalize] [--digit] [--symbol] [--wordlist FILE|-]',
  examples: [
    'passphrase',
    'passphrase --words 6',
    "passphrase --bits 80 --separator ' ' --capitalize",
    'passphrase --wordlist words.txt --words 5',
    'grep -E "^[a-z]{4,8}$" /usr/share/dict/words | secrets-ts passphrase --wordlist - --bits 60',
  ],
  flags: {
    words: { type: 'int', help: `number of words, 1 to ${MAX_WORDS}`, min: 1, max: MAX_WORDS },
    bits: { type: 'number', help: 'the fewest words reaching this many bits, above 0 (default 64)' },
    separator: { type: 'string', arg: 'S', help: "between words, at most 64 characters (default '-')" },
    capitalize: { type: 'bool', help: 'capitalize each word' },
    digit: { type: 'bool', help: 'append one random digit to one random word' },
    symbol: { type: 'bool', help: 'append one random symbol to one random word' },
    wordlist: { type: 'string', arg: 'FILE', help: 'one word per line instead of the EFF long list (- is stdin)' },
  },
  generator: true,
  async run(args, io, emit) {
    const f = args.flags;
    noPositionals('passphrase', args);
    atMostOne('passphrase', args, ['words', 'bits']);
    const options: PassphraseOptions = {};
    if (f.words !== undefined) options.words = f.words as number;
    if (f.bits !== undefined) options.bits = f.bits as number;
    if (f.separator !== undefined) options.separator = f.separator as string;
    if (f.capitalize) options.capitalize = true;
    if (f.digit) options.digit = true;
    if (f.symbol) options.symbol = true;
    const label = args.typed.wordlist ?? '--wordlist';
    if (f.wordlist !== undefined) {
      const text = await readInput(io, 'passphrase', label, f.wordlist as string);
      options.wordlist = text.split(/\r?\n/).filter((w) => w.length > 0);
    }
    const terms = {
      'options.words': args.typed.words ?? '--words',
      'options.bits': args.typed.bits ?? '--bits',
      'options.separator': args.typed.separator ?? '--separator',
      'options.wordlist': `${label} ${String(f.wordlist)}`,
      'when digit is true': 'with --digit',
      'when symbol is true': 'with --symbol',
      'words or bits': '--words or --bits',
      'the wordlist': `${label} ${String(f.wordlist)}`,
    };
    let bits: number;
    let k: number;
    const n = options.wordlist?.length ?? EFF_LARGE_INFO.size;
    try {
      bits = passphraseEntropy(options);
      k = phraseWords(n, options.words, options.bits, Boolean(options.digit), Boolean(options.symbol), 'passphrase');
    } catch (e) {
      throw inUserWords('passphrase', e as Error, terms);
    }
    const model = `${k} words drawn with replacement${f.wordlist === undefined ? ' from the EFF long list (7,772 words)' : ` from a list of ${n} words`}`;
    // The space: N^k choices of words, times 10·k for a digit and 16·k for a symbol.
    const space =
      BigInt(n) ** BigInt(k) * (options.digit ? BigInt(10 * k) : 1n) * (options.symbol ? BigInt(16 * k) : 1n);
    await emit(() => ({ value: passphrase(options), entropyBits: bits, model }), space);
    return 0;
  },
};

/**
 * `secrets-ts token`: a random token in an encoding or a custom alphabet, or raw bytes.
 * @internal
 * @module
 */
import { token, tokenBytes, tokenEntropy, tokenHex, tokenUrlsafe, type TokenEncoding } from '../../index.js';
import { systemSource } from '../../source/system.js';
import { UsageError } from '../args.js';
import { emitHexLines } from '../emit.js';
import { atMostOne, given, inUserWords, noPositionals, type Command } from '../io.js';

/** The most bytes `--hex`, `--base64` and `--raw` take in one token (1 MiB). */
const MAX_BYTES = 1 << 20;
/** The most bits a symbol-drawn token has (the library's limit). */
const MAX_BITS = 65536;
const ENCODINGS = ['hex', 'urlsafe', 'base64', 'base32', 'crockford', 'base58', 'base62', 'alphabet', 'raw'] as const;

export const tokenCommand: Command = {
  summary: 'a random token (default: 43 URL-safe base64 symbols, 258 bits)',
  usage:
    '[--bytes N | --bits N] [--hex | --urlsafe | --base64 | --base32 | --crockford | --base58 | --base62 | --alphabet A | --raw]',
  examples: [
    'token',
    'token --hex --bytes 16',
    'token --base64 --bytes 32          # like openssl rand -base64 32',
    'token --raw --bytes 64 > key.bin',
    'token --bits 128 --base58',
    'token --bits 64 --alphabet 0123456789',
    'token -n 5 --json',
  ],
  flags: {
    bytes: {
      type: 'int',
      help: `N random bytes with --hex, --base64, --raw (up to ${MAX_BYTES}); else uniform symbols for at least 8·N bits (up to ${MAX_BITS / 8}); default 32`,
      min: 0,
      max: MAX_BYTES,
    },
    bits: { type: 'int', help: `at least this many bits of entropy, 1 to ${MAX_BITS}`, min: 1, max: MAX_BITS },
    hex: { type: 'bool', help: 'lowercase hex of the bytes' },
    urlsafe: { type: 'bool', help: 'URL-safe base64 symbols without padding (default)' },
    base64: { type: 'bool', help: 'standard padded base64 of the bytes, like openssl rand -base64' },
    base32: { type: 'bool', help: 'RFC 4648 base32, unpadded' },
    crockford: { type: 'bool', help: "Crockford's base32" },
    base58: { type: 'bool', help: 'base58 (Bitcoin alphabet)' },
    base62: { type: 'bool', help: 'base62 (0-9 A-Z a-z)' },
    alphabet: { type: 'string', arg: 'CHARS', help: 'a custom alphabet of 2 to 65536 distinct characters' },
    raw: { type: 'bool', help: 'the raw bytes, no newline (refused when stdout is a terminal)' },
  },
  generator: true,
  async run(args, io, emit) {
    const f = args.flags;
    noPositionals('token', args);
    atMostOne('token', args, ENCODINGS);
    atMostOne('token', args, ['bits', 'bytes']);
    const enc = ENCODINGS.find((k) => f[k] !== undefined) ?? 'urlsafe';
    const bytesGiven = f.bytes as number | undefined;
    const bytes = bytesGiven ?? 32;
    if (enc === 'raw' || enc === 'base64') {
      const label = args.typed[enc]!;
      if (f.bits !== undefined) throw new UsageError(`token: ${label} takes --bytes, not ${args.typed.bits}`);
      if (enc === 'raw') {
        const clash = given(args, ['json', 'unique']);
        if (clash.length) throw new UsageError(`token: ${label} writes bytes; ${clash.join(' and ')} cannot apply`);
        if (io.stdoutIsTTY) throw new UsageError(`token: ${label} writes binary; redirect stdout to a file or a pipe`);
        if (!io.writeBytes) throw new UsageError(`token: ${label} needs a byte stream`);
        const count = (f.count as number | undefined) ?? 1;
        for (let i = 0; i < count;) {
          const n = Math.max(1, Math.min(count - i, Math.floor(65536 / Math.max(bytes, 1))));
          const b = tokenBytes(n * bytes);
          const ok = await io.writeBytes(b);
          b.fill(0);
          if (ok === false) break;
          i += n;
        }
        return 0;
      }
      const model = `${bytes} uniform random bytes, standard base64 with padding`;
      await emit(
        () => {
          const b = tokenBytes(bytes);
          const value = Buffer.from(b.buffer, b.byteOffset, b.length).toString('base64');
          b.fill(0);
          return { value, entropyBits: 8 * bytes, model };
        },
        1n << BigInt(8 * bytes),
      );
      return 0;
    }
    if (enc === 'hex' && f.bits === undefined && !f.json && !f.unique && io.writeBytes) {
      // Plain hex lines: the same bytes as tokenHex, encoded straight into the output batch.
      const src = systemSource();
      const opts = { count: (f.count as number | undefined) ?? 1, json: false, unique: false, quiet: Boolean(f.quiet) };
      await emitHexLines(io, opts, bytes, (b) => src.fillBytes(b));
      return 0;
    }
    if (enc === 'hex' && f.bits === undefined) {
      // 2·bytes hex digits of uniform bytes: the same strings, with the same 8·bytes bits, as
      // token({ bytes, encoding: 'hex' }), made by the faster byte encoder.
      const model = `${bytes} uniform random bytes, hex`;
      await emit(() => ({ value: tokenHex(bytes), entropyBits: 8 * bytes, model }), 1n << BigInt(8 * bytes));
      return 0;
    }
    if (bytesGiven === 0) {
      if (enc !== 'urlsafe')
        throw new UsageError(`token: --bytes 0 is allowed only with --hex, --urlsafe, --base64, --raw`);
      await emit(() => ({ value: tokenUrlsafe(0), entropyBits: 0, model: 'the empty token' }), 1n);
      return 0;
    }
    if (8 * bytes > MAX_BITS)
      throw new UsageError(
        `token: ${args.typed.bytes} must be at most ${MAX_BITS / 8} with ${args.typed[enc] ?? '--urlsafe'} (${MAX_BITS} bits), got ${bytes}; --hex, --base64 and --raw take up to ${MAX_BYTES}`,
      );
    const bits = (f.bits as number | undefined) ?? 8 * bytes;
    const options =
      enc === 'alphabet'
        ? { bits, alphabet: f.alphabet as string }
        : { bits, encoding: (enc === 'urlsafe' ? 'base64url' : enc) as TokenEncoding };
    let exact: number;
    let length: number;
    try {
      ({ bits: exact, length } = tokenEntropy(options));
    } catch (e) {
      throw inUserWords('token', e as Error, { alphabet: args.typed.alphabet ?? '--alphabet' });
    }
    const size = Math.round(2 ** (exact / length));
    const model = `${length} uniform symbols from a ${size}-symbol ${enc === 'alphabet' ? 'custom' : enc === 'urlsafe' ? 'base64url' : enc} alphabet`;
    await emit(() => ({ value: token(options), entropyBits: exact, model }), BigInt(size) ** BigInt(length));
    return 0;
  },
};

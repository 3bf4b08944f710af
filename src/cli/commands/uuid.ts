/**
 * `secrets-ts uuid`: version 4, 7 or 5 UUIDs, and `uuid parse`.
 * @internal
 * @module
 */
import { entropyBits, parseUuid, uuid4, uuid5, uuid7 } from '../../index.js';
import { UsageError } from '../args.js';
import { atMostOne, given, inUserWords, jsonLine, type Command } from '../io.js';

/** The random bits and the model of the versions this tool makes or knows. */
const VERSIONS: Readonly<Record<number, [number, string]>> = {
  3: [0, 'UUIDv3: MD5 of a namespace and a name; deterministic, no randomness'],
  4: [122, 'UUIDv4: 122 uniform random bits'],
  5: [0, 'UUIDv5: SHA-1 of a namespace and a name; deterministic, no randomness'],
  7: [74, 'UUIDv7: 48-bit milliseconds, at most 74 random bits'],
};

export const uuidCommand: Command = {
  summary: 'a UUID: version 4 (random) by default, 7 (time-ordered) or 5 (name-based); uuid parse UUID',
  usage: '[--v4 | --v7 | --v5 --namespace NS --name NAME] | parse UUID',
  examples: [
    'uuid',
    'uuid --v7 -n 5',
    'uuid --v5 --namespace dns --name example.com',
    'uuid parse 017f22e2-79b0-7cc3-98c4-dc0c0c07398f',
  ],
  flags: {
    v4: { type: 'bool', help: 'random UUID (default)' },
    v7: { type: 'bool', help: 'time-ordered UUID, increasing within the run' },
    v5: { type: 'bool', help: 'name-based UUID: SHA-1 of --namespace and --name (no randomness)' },
    namespace: { type: 'string', arg: 'NS', help: 'for --v5: a UUID, or dns, url, oid or x500 (RFC 9562)' },
    name: { type: 'string', arg: 'NAME', help: 'for --v5: the name, hashed as UTF-8' },
  },
  generator: true,
  async run(args, io, emit) {
    const f = args.flags;
    const [sub, ...rest] = args.positionals;
    if (sub === 'parse') {
      const clash = given(args, ['v4', 'v7', 'v5', 'namespace', 'name', 'count', 'unique']);
      if (clash.length) throw new UsageError(`uuid parse: ${clash[0]} does not apply to parse`);
      if (rest.length !== 1) throw new UsageError('uuid parse: give one UUID');
      const text = rest[0]!;
      const p = parseUuid(text);
      if (!p) throw new UsageError(`uuid parse: ${JSON.stringify(text)} is not a UUID (8-4-4-4-12 hex digits)`);
      const time = p.timestamp === undefined ? undefined : new Date(p.timestamp).toISOString();
      if (f.json) {
        const known = p.variant === 'rfc9562' ? VERSIONS[p.version] : undefined;
        await io.write(
          jsonLine({
            value: text.toLowerCase(),
            version: p.version,
            variant: p.variant,
            ...(p.timestamp === undefined ? {} : { timestamp: p.timestamp, time }),
            entropyBits: known?.[0] ?? 0,
            model: known?.[1] ?? `version ${p.version} (${p.variant}): no random bits assumed`,
          }),
        );
      } else {
        await io.write(
          `version ${p.version}\nvariant ${p.variant}\n` +
            (p.timestamp === undefined ? '' : `time    ${time} (${p.timestamp} ms since 1970)\n`),
        );
      }
      return 0;
    }
    if (sub !== undefined) throw new UsageError(`uuid: unexpected argument ${JSON.stringify(sub)}`);
    atMostOne('uuid', args, ['v4', 'v7', 'v5']);
    if (!f.v5) {
      const stray = given(args, ['namespace', 'name']);
      if (stray.length) throw new UsageError(`uuid: ${stray.join(' and ')} apply only to --v5`);
    }
    if (f.v5) {
      if (f.namespace === undefined || f.name === undefined)
        throw new UsageError('uuid: --v5 needs --namespace NS and --name NAME');
      let value: string;
      try {
        value = await uuid5(f.namespace as string, f.name as string);
      } catch (e) {
        if (e instanceof TypeError || e instanceof RangeError)
          throw inUserWords('uuid', e, { namespace: '--namespace', name: '--name' });
        throw e;
      }
      const model = 'UUIDv5: SHA-1 of the namespace and the name; deterministic, no randomness';
      await emit(() => ({ value, entropyBits: 0, model }), 1n);
    } else if (f.v7) {
      const bits = entropyBits({ kind: 'uuid7' });
      const model = 'UUIDv7: 48-bit milliseconds, 74 random bits per millisecond';
      await emit(() => ({ value: uuid7(), entropyBits: bits, model }));
    } else {
      const bits = entropyBits({ kind: 'uuid4' });
      await emit(() => ({ value: uuid4(), entropyBits: bits, model: 'UUIDv4: 122 uniform random bits' }), 1n << 122n);
    }
    return 0;
  },
};

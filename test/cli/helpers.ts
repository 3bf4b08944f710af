import { main, type Io } from '../../src/cli/main.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with captured output. */
export async function run(
  argv: string[],
  opts: {
    stdin?: string;
    stdinIsTTY?: boolean;
    stdoutIsTTY?: boolean;
    stderrIsTTY?: boolean;
    clock?: () => number;
    env?: Record<string, string>;
  } = {},
): Promise<Run> {
  let out = '';
  let err = '';
  const io: Io = {
    write(text) {
      out += text;
      return true;
    },
    error(text) {
      err += text;
    },
    async *readStdin() {
      if (opts.stdin !== undefined) yield opts.stdin;
    },
    stdinIsTTY: opts.stdinIsTTY ?? opts.stdin === undefined,
    stdoutIsTTY: opts.stdoutIsTTY ?? false,
    stderrIsTTY: opts.stderrIsTTY ?? false,
    env: (name) => (opts.env && Object.hasOwn(opts.env, name) ? opts.env[name] : undefined),
    now: opts.clock ?? (() => performance.now()),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The documented shape of a --json line. */
export function assertJsonLine(line: string): { value: string; entropyBits: number; model: string } {
  const o = JSON.parse(line) as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'entropyBits,model,value') throw new Error(`unexpected keys ${keys}`);
  if (typeof o.value !== 'string' || typeof o.model !== 'string' || o.model.length === 0) throw new Error('bad types');
  if (typeof o.entropyBits !== 'number' || !(o.entropyBits >= 0)) throw new Error('bad entropyBits');
  return o as { value: string; entropyBits: number; model: string };
}

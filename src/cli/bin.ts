import { readFile } from 'node:fs/promises';
import { main } from './main.js';
import { EXIT, type Io } from './io.js';

function fail(e: unknown): never {
  process.stderr.write(`secrets-ts: internal error: ${(e as Error)?.message ?? String(e)}\n`);
  process.exit(EXIT.internal);
}

function nodeIo(): Io {
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly, as Unix tools do.
    if (e.code === 'EPIPE') {
      closed = true;
      process.exit(EXIT.ok);
    }
    fail(new Error(`cannot write to stdout: ${e.code ?? e.message}`));
  });
  const write = (chunk: string | Uint8Array): boolean | Promise<boolean> => {
    if (closed) return false;
    if (process.stdout.write(chunk)) return true;
    return new Promise((resolve) => process.stdout.once('drain', () => resolve(!closed)));
  };
  return {
    write,
    // A copy: the caller wipes its buffer as soon as this returns, before the stream has written it.
    writeBytes: (bytes) => write(Uint8Array.prototype.slice.call(bytes)),
    error(text) {
      process.stderr.write(text);
    },
    async *readStdin() {
      process.stdin.setEncoding('utf8');
      for await (const chunk of process.stdin) yield chunk as string;
    },
    readFile: (path) => readFile(path, 'utf8'),
    env: (name) => process.env[name],
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => performance.now(),
    // For tests of the terminal behaviour: show the bar at once instead of after a second.
    progressAfterMs: process.env.SECRETS_TS_PROGRESS_MS ? Number(process.env.SECRETS_TS_PROGRESS_MS) : 1000,
  };
}

main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
}, fail);

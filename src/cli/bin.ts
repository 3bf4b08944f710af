import { readFile } from 'node:fs/promises';
import { main, type Io } from './main.js';

function nodeIo(): Io {
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly, as Unix tools do.
    if (e.code === 'EPIPE') {
      closed = true;
      process.exit(0);
    }
    throw e;
  });
  return {
    write(text) {
      if (closed) return false;
      if (process.stdout.write(text)) return true;
      return new Promise((resolve) => process.stdout.once('drain', () => resolve(!closed)));
    },
    error(text) {
      process.stderr.write(text);
    },
    async *readStdin() {
      process.stdin.setEncoding('utf8');
      for await (const chunk of process.stdin) yield chunk as string;
    },
    readFile: (path) => readFile(path, 'utf8'),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    now: () => performance.now(),
    // For tests of the terminal behaviour: show the bar at once instead of after a second.
    progressAfterMs: process.env.SECRETS_TS_PROGRESS_MS ? Number(process.env.SECRETS_TS_PROGRESS_MS) : 1000,
  };
}

main(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`secrets-ts: internal error: ${(e as Error)?.message ?? e}\n`);
    process.exitCode = 1;
  },
);

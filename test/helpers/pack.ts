/**
 * Packs the built package with `npm pack`, as `npm publish` does: its `prepack`/`postpack` scripts
 * run (they take the install-time scripts out of the packed package.json and put them back), and
 * no other: `prepare` is gone from the manifest by then, so the tarball holds exactly the dist/
 * that `npm test` built. Packing rewrites package.json for a moment, so test files that pack in
 * parallel take turns through a lock.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');

const LOCK = join(tmpdir(), `secrets-ts-pack-${createHash('sha256').update(ROOT).digest('hex').slice(0, 16)}.lock`);

/** Runs `fn` while no other test process packs this repository (a lock older than 5 minutes is stale). */
export function withPackLock<T>(fn: () => T): T {
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released meanwhile.
      }
      if (Date.now() > deadline) throw new Error(`could not take ${LOCK}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Packs into `dir` and returns the tarball's path. */
export function packInto(dir: string): string {
  const out = withPackLock(() =>
    execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  return join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
}

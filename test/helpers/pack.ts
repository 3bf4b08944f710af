/** Packs the built package with `npm pack` (no scripts: exactly the dist/ that `npm test` built). */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve('.');

/** Packs into `dir` and returns the tarball's path. */
export function packInto(dir: string): string {
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
}

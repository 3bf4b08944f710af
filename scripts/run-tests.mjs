// Finds test files under the given folders (default: test/, without test/heavy/) and runs them
// all in one `node --test` run, so there is one summary at the end. Node 20's --test does not
// expand globs itself.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const heavy = roots.length > 0;
const files = [];
function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!heavy && p === join('test', 'heavy')) continue;
      if (name === 'node_modules' || name === 'vectors') continue;
      walk(p);
    } else if (name.endsWith('.test.ts')) files.push(p);
  }
}
for (const r of roots.length ? roots : ['test']) walk(r);
const timeout = heavy ? '3600000' : '900000';
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-timeout=${timeout}`, ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);

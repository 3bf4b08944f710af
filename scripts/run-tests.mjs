// Finds test files under the given folders (default: test/, without test/heavy/) and runs them
// all in one `node --test` run, so there is one summary at the end. Node 20's --test does not
// expand globs itself. Then test/stats/budget.check.ts sums the false-alarm rates that every
// statistical assertion of the run recorded (test/helpers/stats.ts), prints the total and fails
// the run if it exceeds 1e-6. Last, one line totals both runs: `tests: N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const ledger = mkdtempSync(join(tmpdir(), 'secrets-ts-alpha-'));
const env = { ...process.env, STATS_LEDGER: ledger };
/** Runs `node --import tsx --test ARGS`, passing its output through and counting its results. */
function run(args, runEnv) {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: runEnv,
    });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString('utf8')).slice(-4096);
    });
    child.on('close', (status) => {
      const count = (word) => Number(new RegExp(`^# ${word} (\\d+)$`, 'm').exec(tail)?.[1] ?? 0);
      done({ status, pass: count('pass'), fail: count('fail') + count('cancelled') });
    });
  });
}

const r = await run([`--test-timeout=${timeout}`, ...files], env);
const budget = await run([join('test', 'stats', 'budget.check.ts')], {
  ...env,
  STATS_SUITE: !heavy ? 'fast' : roots.join(' ') === join('test', 'heavy') ? 'heavy' : roots.join(' '),
  STATS_FILES: JSON.stringify(files),
});
rmSync(ledger, { recursive: true, force: true });
console.log(`tests: ${r.pass + budget.pass} passed, ${r.fail + budget.fail} failed`);
process.exit(r.status || budget.status || (r.status === null || budget.status === null ? 1 : 0));

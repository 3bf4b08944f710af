// `npm run bench [filter]`: runs every case in bench/cases/*.mjs against the built package and
// prints a Markdown table of median ratios (ours ÷ peer; above 1 means secrets-ts is faster).
// Each case file runs in its own process, so one area's call sites do not make another's
// polymorphic: every figure is what a program using that area alone would see.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fmtRate, getSink, runCase, runCaseAsync } from './harness.mjs';

const [filter, only] = process.argv.slice(2);
const dir = new URL('./cases/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort();

if (only === undefined) {
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
  console.log('| operation | secrets-ts | peer | peer rate | ratio | target |');
  console.log('|---|--:|---|--:|--:|--:|');
  let total = 0;
  let missed = 0;
  for (const f of files) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), filter ?? '', f], { encoding: 'utf8' });
    for (const line of out.split('\n')) {
      if (line.startsWith('|')) {
        total++;
        if (line.endsWith('✗ |')) missed++;
        console.log(line);
      }
    }
  }
  console.log(`\n${total} cases, ${missed} below target.`);
} else {
  const cases = (await import(new URL(only, dir))).cases.filter((c) => !filter || c.name.includes(filter));
  for (const c of cases) {
    const r = c.async ? await runCaseAsync(c, c.options) : runCase(c, c.options);
    const ok = c.target === undefined || r.ratio >= c.target;
    console.log(
      `| ${c.name} | ${fmtRate(r.ours)} | ${c.peerName} | ${fmtRate(r.peer)} | **${r.ratio.toFixed(2)}×** | ${c.target === undefined ? '' : `${c.target}× ${ok ? '✓' : '✗'}`} |`,
    );
  }
  if (getSink() === 0.5) console.log('unreachable');
}

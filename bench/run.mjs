// `npm run bench [filter]`: runs every case in bench/cases/*.mjs against the built package and
// prints a Markdown table of median ratios (ours ÷ peer; above 1 means secrets-ts is faster).
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fmtRate, getSink, runCase, runCaseAsync } from './harness.mjs';

const filter = process.argv[2];
const dir = new URL('./cases/', import.meta.url);
const cases = [];
for (const f of readdirSync(dir).sort()) {
  if (f.endsWith('.mjs')) cases.push(...(await import(new URL(f, dir))).cases);
}
const chosen = cases.filter((c) => !filter || c.name.includes(filter));
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
console.log('| operation | secrets-ts | peer | peer rate | ratio | target |');
console.log('|---|--:|---|--:|--:|--:|');
let missed = 0;
for (const c of chosen) {
  const r = c.async ? await runCaseAsync(c, c.options) : runCase(c, c.options);
  const ok = c.target === undefined || r.ratio >= c.target;
  if (!ok) missed++;
  console.log(
    `| ${c.name} | ${fmtRate(r.ours)} | ${c.peerName} | ${fmtRate(r.peer)} | **${r.ratio.toFixed(2)}×** | ${c.target === undefined ? '' : `${c.target}× ${ok ? '✓' : '✗'}`} |`,
  );
}
console.log(`\n${chosen.length} cases, ${missed} below target. (sink ${getSink() & 1})`);

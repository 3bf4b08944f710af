// `npm run bench:cli`: whole-process comparisons of the CLI, each command run in its own process
// with stdout to /dev/null, interleaved round by round; ratios are medians of per-round ratios.
//
// 1. `secrets-ts token --hex --bytes 16 --count 10000000` against a Node program streaming nanoid 5
//    `customAlphabet(hex, 32)` in 4,096-line batches (bench/nanoid-cli-peer.mjs), with peak RSS.
// 2. 1,000,000 hex tokens of 32 bytes against what a shell user runs: one `openssl rand` call
//    folded into lines, and a Python loop over secrets.token_hex.
// 3. The CLI's rate against the library's in-process rate for the same tokens.
//
// Usage: node bench/cli.mjs [--rounds R] [--scale S]  (S multiplies the token counts, default 1)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tokenHex } from '../dist/esm/index.js';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const ROUNDS = arg('--rounds', 3);
const SCALE = arg('--scale', 1);
const N_PEER = Math.round(10_000_000 * SCALE);
const N_SHELL = Math.round(1_000_000 * SCALE);
const NODE = JSON.stringify(process.execPath);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall seconds and peak RSS (bytes, when /usr/bin/time is there) of a shell line. */
function run(cmd) {
  const line = TIME ? `${TIME} -f 'PEAK_RSS_KB %M CPU %U %S' sh -c '${cmd.replace(/'/g, `'\\''`)}'` : cmd;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', line], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const m = /PEAK_RSS_KB (\d+) CPU ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { seconds, rss: m ? Number(m[1]) * 1024 : undefined, cpu: m ? Number(m[2]) + Number(m[3]) : undefined };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const mib = (b) => (b === undefined ? 'n/a' : `${(b / 2 ** 20).toFixed(0)} MiB`);

const cases = {
  cli16: `${NODE} dist/cli.cjs token --hex --bytes 16 --count ${N_PEER} > /dev/null`,
  peer: `${NODE} bench/nanoid-cli-peer.mjs ${N_PEER} > /dev/null`,
  cli32: `${NODE} dist/cli.cjs token --hex --count ${N_SHELL} > /dev/null`,
  openssl: `openssl rand -hex ${32 * N_SHELL} | fold -w 64 > /dev/null`,
  python: `python3 -c 'import secrets, sys
w = sys.stdout.write
for _ in range(${N_SHELL}): w(secrets.token_hex(32) + "\\n")' > /dev/null`,
};
const results = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
const inproc = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const [k, cmd] of Object.entries(cases)) results[k].push(run(cmd));
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < N_SHELL; i++) sink ^= tokenHex(32).length;
  inproc.push(Number(process.hrtime.bigint() - t0) / 1e9 + (sink & 0));
}
const secs = (k) => results[k].map((x) => x.seconds);
const ratios = (k, base) => results[k].map((x, i) => x.seconds / results[base][i].seconds);

const versions = [
  `Node ${process.version}`,
  execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim(),
  execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim(),
].join(', ');
console.log(`Whole-process wall time, stdout to /dev/null, ${ROUNDS} interleaved rounds (${versions})\n`);
console.log('| command | seconds (median) | peak RSS | secrets-ts CLI is … faster (median, range) |');
console.log('|---|--:|--:|--:|');
const peerRss = Math.max(...results.peer.map((x) => x.rss ?? 0)) || undefined;
const cliRss = Math.max(...results.cli16.map((x) => x.rss ?? 0)) || undefined;
console.log(
  `| secrets-ts token --hex --bytes 16 --count ${N_PEER.toLocaleString('en')} | ${median(secs('cli16')).toFixed(2)} | ${mib(cliRss)} | 1× |`,
);
const pr = ratios('peer', 'cli16');
const cpuRatios = results.peer.map((x, i) => x.cpu / results.cli16[i].cpu).filter(Number.isFinite);
console.log(
  `| Node streaming nanoid 5 customAlphabet(hex, 32), 4,096-line batches | ${median(secs('peer')).toFixed(2)} | ${mib(peerRss)} | **${median(pr).toFixed(2)}×** (${range(pr)}) |`,
);
console.log(
  `| secrets-ts token --hex --count ${N_SHELL.toLocaleString('en')} (32 bytes) | ${median(secs('cli32')).toFixed(2)} | ${mib(Math.max(...results.cli32.map((x) => x.rss ?? 0)) || undefined)} | 1× |`,
);
const or = ratios('openssl', 'cli32');
console.log(
  `| openssl rand -hex ${(32 * N_SHELL).toLocaleString('en')} \\| fold -w 64 | ${median(secs('openssl')).toFixed(2)} | ${mib(Math.max(...results.openssl.map((x) => x.rss ?? 0)) || undefined)} | **${median(or).toFixed(2)}×** (${range(or)}) |`,
);
const yr = ratios('python', 'cli32');
console.log(
  `| python3 loop over secrets.token_hex(32) | ${median(secs('python')).toFixed(2)} | ${mib(Math.max(...results.python.map((x) => x.rss ?? 0)) || undefined)} | **${median(yr).toFixed(2)}×** (${range(yr)}) |`,
);
const share = inproc.map((t, i) => (t / results.cli32[i].seconds) * 100);
console.log(
  `\nThe CLI's rate for 32-byte hex tokens is ${median(share).toFixed(0)}% (${Math.min(...share).toFixed(0)}–${Math.max(...share).toFixed(0)}%) of an in-process tokenHex(32) loop, process start-up included.`,
);
if (cpuRatios.length)
  console.log(
    `CPU time (user + system) of the CLI row against the nanoid 5 program: ${median(cpuRatios).toFixed(2)}× (${range(cpuRatios)}).`,
  );
console.log(
  `Peak RSS target for the CLI row: ≤ 100 MiB (${cliRss === undefined ? 'not measured' : cliRss <= 100 * 2 ** 20 ? 'met' : 'MISSED'}).`,
);

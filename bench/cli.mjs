// `node bench/cli.mjs`: whole-process comparison of the CLI with the usual shell alternatives, for
// hex tokens of 32 bytes: `secrets-ts token --hex --count N` against a Python loop over
// secrets.token_hex, and against `openssl rand -hex 32` run once per token (measured on fewer
// tokens and scaled: one process per token is what a shell loop does).
import { execFileSync, spawnSync } from 'node:child_process';
import { tokenHex } from '../dist/esm/index.js';

const N = Number(process.argv[2] ?? 1_000_000);
const OPENSSL_N = 300;

function time(cmd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', cmd], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} failed`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const cli = time(`"${process.execPath}" dist/cli.cjs token --hex --count ${N} > /dev/null`);
const py = time(
  `python3 -c 'import secrets, sys
w = sys.stdout.write
for _ in range(${N}): w(secrets.token_hex(32) + "\\n")' > /dev/null`,
);
const ossl =
  (time(`i=0; while [ $i -lt ${OPENSSL_N} ]; do openssl rand -hex 32; i=$((i+1)); done > /dev/null`) * N) / OPENSSL_N;

let sink = 0;
const t0 = process.hrtime.bigint();
for (let i = 0; i < N; i++) sink ^= tokenHex(32).length;
const inproc = Number(process.hrtime.bigint() - t0) / 1e9;

const v = execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
console.log(
  `${N.toLocaleString('en')} hex tokens of 32 bytes, whole-process wall time (${v}, ${execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim()})\n`,
);
console.log('| command | seconds | secrets-ts CLI is … faster |');
console.log('|---|--:|--:|');
console.log(`| secrets-ts token --hex --count ${N} | ${cli.toFixed(2)} | 1× |`);
console.log(`| python3 loop over secrets.token_hex(32) | ${py.toFixed(2)} | **${(py / cli).toFixed(1)}×** |`);
console.log(
  `| openssl rand -hex 32, once per token (scaled from ${OPENSSL_N}) | ${ossl.toFixed(0)} | **${(ossl / cli).toFixed(0)}×** |`,
);
console.log(
  `\nIn-process tokenHex(32) loop: ${inproc.toFixed(2)} s; the CLI runs at ${((inproc / cli) * 100).toFixed(0)}% of the library's in-process rate. (sink ${sink & 1})`,
);

/**
 * Finds the other runtimes the conformance suite runs on, and builds the run description they
 * receive. Bun and Deno come from the npm registry as devDependencies: their packages normally
 * copy the platform binary into place in a postinstall script, and when install scripts did not
 * run (`npm ci --ignore-scripts`, or an npm that does not run unapproved scripts) the binary is
 * still in the platform-specific optional package, so both places are tried. Chromium comes from
 * the system (Debian's `chromium` package).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = resolve('.');
const NM = join(ROOT, 'node_modules');

/** True when `bin --version` runs and prints something. */
function works(bin: string): boolean {
  if (!existsSync(bin)) return false;
  try {
    const out = execFileSync(bin, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30000,
    });
    return out.trim().length > 0;
  } catch {
    return false;
  }
}

/** Platform packages under `node_modules/<scope>` whose name starts with `prefix`. */
function platformDirs(scope: string, prefix: string): string[] {
  const dir = join(NM, scope);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => d.startsWith(prefix))
    .map((d) => join(dir, d));
}

/** The Bun binary from the `bun` devDependency, or `undefined` if none works on this machine. */
export function findBun(): string | undefined {
  const plat = `bun-${process.platform}-${process.arch === 'arm64' ? 'aarch64' : process.arch}`;
  const candidates = [
    join(NM, 'bun', 'bin', 'bun.exe'),
    ...platformDirs('@oven', plat).map((d) => join(d, 'bin', 'bun')),
  ];
  return candidates.find(works);
}

/** The Deno binary from the `deno` devDependency, or `undefined` if none works on this machine. */
export function findDeno(): string | undefined {
  const plat = `${process.platform}-${process.arch === 'arm64' ? 'arm64' : 'x64'}`;
  const candidates = [join(NM, 'deno', 'deno'), ...platformDirs('@deno', plat).map((d) => join(d, 'deno'))];
  return candidates.find(works);
}

/** Debian's Chromium, the only browser the tests use (never a downloaded one). */
export const CHROMIUM = '/usr/bin/chromium';

interface Pkg {
  exports: Record<string, string | { import: { default: string }; require: { default: string } }>;
}

/** The package's subpaths (`'.'`, `'./seeded'`, …) and the ESM file each maps to, relative to the root. */
export function esmEntries(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Pkg;
  const out: Record<string, string> = {};
  for (const [sub, e] of Object.entries(pkg.exports)) {
    if (sub === './package.json') continue;
    out[sub] = (typeof e === 'string' ? e : e.import.default).replace(/^\.\//, '');
  }
  return out;
}

/** The conformance case files, relative to the root. */
export function caseFiles(): string[] {
  const dir = join('test', 'conformance', 'cases');
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.mjs'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** What `test/conformance/run.mjs` needs: module URLs of the harness, every entry and every case file. */
export interface RunSpec {
  harness: string;
  entries: Record<string, string>;
  cases: string[];
}

/** A run description whose URLs start with `base` (a `file:` URL of the root, or `http://host/`). */
export function runSpec(base = pathToFileURL(ROOT + '/').href): RunSpec {
  const url = (p: string) => new URL(p, base).href;
  const entries: Record<string, string> = {};
  for (const [sub, p] of Object.entries(esmEntries())) entries[sub] = url(p);
  return { harness: url('test/conformance/harness.mjs'), entries, cases: caseFiles().map(url) };
}

/** The names of every conformance test the case files register (without running them). */
export async function expectedCaseNames(): Promise<string[]> {
  const names: string[] = [];
  const t = { test: (name: string) => names.push(name), assert: {} };
  // The real built modules, in case a case file computes something while registering.
  const lib: Record<string, unknown> = {};
  for (const [sub, p] of Object.entries(esmEntries())) lib[sub] = await import(pathToFileURL(join(ROOT, p)).href);
  for (const f of caseFiles()) {
    const mod = (await import(pathToFileURL(join(ROOT, f)).href)) as { default: (l: unknown, t: unknown) => void };
    mod.default(lib, t);
  }
  return names;
}

/** The line a runner prints before its JSON result. */
export const RESULT_MARK = 'CONFORMANCE-RESULT ';

export interface RunResult {
  runtime: string;
  passed: number;
  failed: number;
  failures: string[];
  names: string[];
  exportsPerEntry: Record<string, number>;
}

/** Extracts the result line from a runner's output. */
export function parseResult(out: string): RunResult {
  const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
  if (!line) throw new Error(`no result line in runner output:\n${out}`);
  return JSON.parse(line.slice(RESULT_MARK.length)) as RunResult;
}

/** Checks a runner's result: every registered case ran and passed, and every entry exported something. */
export async function checkResult(r: RunResult, label: string): Promise<void> {
  assert.deepEqual(r.failures, [], `${label} (${r.runtime}): conformance failures`);
  assert.deepEqual(r.names, await expectedCaseNames(), `${label}: not every registered case ran`);
  assert.equal(r.passed, r.names.length);
  assert.ok(r.passed > 0, `${label}: no case ran`);
  assert.deepEqual(Object.keys(r.exportsPerEntry).sort(), Object.keys(esmEntries()).sort(), `${label}: entries`);
  for (const [sub, n] of Object.entries(r.exportsPerEntry)) assert.ok(n > 0, `${label}: ${sub} exports nothing`);
}

/**
 * Runs the conformance suite in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core; no browser is ever downloaded): once in a page and once in a module Web Worker.
 * A local static server on 127.0.0.1 serves the repository; the page imports the ESM build
 * (dist/esm, every subpath of the `exports` map) and the case files directly.
 *
 * Outside CI a machine without Chromium skips these tests with a message; in CI (CI=true) they
 * must run, and fail if they cannot.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, ROOT, checkResult, runSpec, type RunResult } from '../helpers/runtimes.js';
import { REWRITE_PREFIX, serveStatic, type StaticServer } from '../helpers/static-server.js';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const inCI = Boolean(process.env.CI) && process.env.CI !== 'false';
const missing = !existsSync(CHROMIUM);
const skip =
  missing && !inCI ? `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run` : false;
if (skip) console.log(`# chromium conformance skipped: ${skip}`);

/**
 * Where the bare specifiers of the package's one dependency (`@noble/hashes/…`) resolve: into
 * node_modules, as a bundler or a CDN would for a real page. The page gets an import map; a
 * module worker does not see the page's map, so it loads the package through the server's
 * rewriting prefix, which applies the same map.
 */
const BARE = { '@noble/hashes/': '/node_modules/@noble/hashes/' };
const BLANK =
  '<!doctype html><title>secrets-ts conformance</title>' +
  `<script type="importmap">${JSON.stringify({ imports: BARE })}</script>`;

let server: StaticServer;
let context: BrowserContext;
let userDataDir = '';

before(async () => {
  if (skip) return;
  assert.ok(!missing, `${CHROMIUM} is missing; .ci/run installs it (apt-get install -y chromium)`);
  server = await serveStatic(ROOT, { '/__blank.html': BLANK }, BARE);
  userDataDir = mkdtempSync(join(tmpdir(), 'secrets-ts-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    timeout: 60000,
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function blankPage(): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL('__blank.html', server.base).href);
  assert.deepEqual(errors, []);
  return page;
}

test('conformance in a Chromium page (dist/esm, every subpath)', { skip }, async () => {
  const page = await blankPage();
  const spec = runSpec(server.base);
  const r = (await page.evaluate(async (s) => {
    const g = globalThis as any;
    const { runAll } = await import(new URL('test/conformance/run.mjs', g.location.href).href);
    return runAll(s);
  }, spec)) as RunResult;
  assert.match(r.runtime, /^page: .*Chrom/);
  await checkResult(r, 'Chromium page');
  await page.close();
});

test('conformance in a Chromium module Web Worker (dist/esm, every subpath)', { skip }, async () => {
  const page = await blankPage();
  const spec = runSpec(new URL(REWRITE_PREFIX, server.base).href);
  const r = (await page.evaluate(
    (s) =>
      new Promise((resolve, reject) => {
        const g = globalThis as any;
        const w = new g.Worker(new URL('test/conformance/worker-entry.mjs', g.location.href), { type: 'module' });
        w.onmessage = (e: any) => (e.data?.error ? reject(new Error(e.data.error)) : resolve(e.data));
        w.onerror = (e: any) => reject(new Error(`worker error: ${e.message}`));
        w.postMessage(s);
      }),
    spec,
  )) as RunResult;
  assert.match(r.runtime, /^worker: .*Chrom/);
  await checkResult(r, 'Chromium worker');
  await page.close();
});

// Loads every entry of the built package and every case file from URLs, runs the harness and
// returns the result with the runtime's name. Standard JavaScript only: it runs unchanged on
// Node, Bun, Deno, in a Chromium page and in a module Web Worker.

export function runtimeName() {
  if (typeof globalThis.Deno !== 'undefined') return `deno ${globalThis.Deno.version.deno}`;
  if (typeof globalThis.Bun !== 'undefined') return `bun ${globalThis.Bun.version}`;
  if (typeof globalThis.WorkerGlobalScope !== 'undefined') return `worker: ${globalThis.navigator?.userAgent}`;
  if (typeof globalThis.document !== 'undefined') return `page: ${globalThis.navigator?.userAgent}`;
  if (typeof globalThis.process !== 'undefined') return `node ${globalThis.process.version}`;
  return 'unknown';
}

/** `spec`: `{ harness, entries: { [subpath]: url }, cases: [url] }`. */
export async function runAll(spec) {
  const { runConformance } = await import(spec.harness);
  const lib = {};
  const exportsPerEntry = {};
  for (const [sub, url] of Object.entries(spec.entries)) {
    lib[sub] = await import(url);
    exportsPerEntry[sub] = Object.keys(lib[sub]).length;
  }
  const mods = [];
  for (const url of spec.cases) mods.push(await import(url));
  const r = await runConformance(lib, mods);
  return { runtime: runtimeName(), exportsPerEntry, ...r };
}

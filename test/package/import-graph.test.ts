/**
 * The design rule "the secure path never imports the seeded code", checked on the sources: walk
 * every relative import (static, dynamic, `export … from`, type-only too) from src/index.ts and
 * from every other entry of `exports` except ./seeded, and assert that no file under src/seeded/
 * is reachable. (Lint forbids the import statement; this also catches a path through a third file.)
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve('.');
const SRC = join(ROOT, 'src');
const IMPORT_RE = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Every source file reachable from `entry`, with the path by which it was first reached. */
function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT_RE)) {
      const spec = m[2]!;
      let target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      if (!existsSync(target) && existsSync(`${target}.ts`)) target = `${target}.ts`;
      if (!existsSync(target) && existsSync(join(target, 'index.ts'))) target = join(target, 'index.ts');
      assert.ok(existsSync(target), `${relative(ROOT, file)} imports ${spec}, which does not resolve`);
      if (!seen.has(target)) {
        seen.set(target, [...seen.get(file)!, target]);
        queue.push(target);
      }
    }
  }
  return seen;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, string | { import: { default: string } }>;
};
const entries = Object.entries(pkg.exports)
  .filter(([sub]) => sub !== './package.json' && sub !== './seeded')
  .map(([sub, e]) => {
    const dist = typeof e === 'string' ? e : e.import.default;
    return [sub, join(ROOT, dist.replace(/^\.\/dist\/esm\//, 'src/').replace(/\.js$/, '.ts'))] as const;
  });

test('every entry of exports maps to a source file', () => {
  assert.ok(entries.some(([sub]) => sub === '.'));
  for (const [sub, file] of entries) assert.ok(existsSync(file), `${sub}: ${relative(ROOT, file)} does not exist`);
});

for (const [sub, file] of entries) {
  test(`no file under src/seeded/ is reachable from the ${sub} entry (${relative(ROOT, file)})`, () => {
    const graph = reachable(file);
    assert.ok(graph.size > 1, 'the walk found no imports');
    for (const [f, path] of graph) {
      assert.ok(
        !relative(SRC, f).startsWith('seeded'),
        `${relative(ROOT, f)} is reachable: ${path.map((p) => relative(ROOT, p)).join(' -> ')}`,
      );
    }
  });
}

test('the walk follows imports: src/index.ts reaches the secure source and the core', () => {
  const files = [...reachable(join(SRC, 'index.ts')).keys()].map((f) => relative(ROOT, f));
  assert.ok(files.includes(join('src', 'source', 'system.ts')));
  assert.ok(files.includes(join('src', 'random', 'core.ts')));
});

/**
 * Runs every TSDoc `@example` in src/ against the sources, and checks that every exported function
 * and class carries TSDoc with `@throws` and `@example`, and that every export of every package
 * entry (types and constants included) has TSDoc.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { transformSync } from 'esbuild';
import ts from 'typescript';

const SRC = resolve('src');

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'cli') yield* files(p);
    } else if (p.endsWith('.ts')) yield p;
  }
}

/** Maps `secrets-ts` and `secrets-ts/<sub>` to the source entry that the package exports there. */
function entryFor(spec: string): string {
  if (spec === 'secrets-ts') return join(SRC, 'index.ts');
  const sub = spec.slice('secrets-ts/'.length);
  return join(SRC, sub, 'index.ts');
}

interface Doc {
  file: string;
  name: string;
  text: string;
}

/** Doc comments that sit directly on an exported function, class or const. */
function docs(): Doc[] {
  const out: Doc[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const re =
      /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:async )?(?:function\*? |class |const |abstract class |type |interface )(\w+)/g;
    for (const m of text.matchAll(re)) out.push({ file: relative(SRC, file), name: m[2]!, text: m[1]! });
  }
  return out;
}

test('every exported function and class has TSDoc with @throws and @example', () => {
  const documented = new Map<string, Doc>();
  for (const d of docs()) if (!documented.has(`${d.file}:${d.name}`)) documented.set(`${d.file}:${d.name}`, d);
  let checked = 0;
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (/@internal/.test(text.slice(0, text.indexOf('*/')))) continue;
    for (const m of text.matchAll(/^export (?:async )?(function\*?|class|abstract class) (\w+)/gm)) {
      const key = `${relative(SRC, file)}:${m[2]}`;
      const d = documented.get(key);
      if (d && /@internal/.test(d.text)) continue;
      assert.ok(d, `${key} has no TSDoc`);
      assert.match(d.text, /@example/, `${key} has no @example`);
      if (m[1]!.startsWith('function')) assert.match(d.text, /@throws/, `${key} has no @throws`);
      checked++;
    }
  }
  assert.ok(checked >= 8, `only ${checked} exports checked`);
});

test('every export of every package entry has TSDoc (its comment on its own declaration)', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown> };
  const entries = Object.keys(pkg.exports)
    .filter((k) => k !== './package.json')
    .map((k) => (k === '.' ? join(SRC, 'index.ts') : join(SRC, k.slice(2), 'index.ts')));
  const program = ts.createProgram(entries, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  let checked = 0;
  for (const entry of entries) {
    const mod = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
    for (const sym of checker.getExportsOfModule(mod)) {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      // A variable's comment sits on its statement; of a function's overloads, one carries it.
      const decls = target.declarations ?? [];
      const doc = decls
        .flatMap((d) => ts.getJSDocCommentsAndTags(ts.isVariableDeclaration(d) ? d.parent.parent : d))
        .map((d) => d.getText())
        .join('\n');
      const where = `${relative(SRC, entry)}: ${sym.name}`;
      if (!doc) missing.push(`${where} has no TSDoc`);
      else if (decls.some((d) => ts.isFunctionDeclaration(d) || ts.isClassDeclaration(d)) && !/@example/.test(doc)) {
        missing.push(`${where} has no @example`);
      }
      checked++;
    }
  }
  assert.deepEqual(missing, []);
  assert.ok(checked >= 100, `only ${checked} declarations checked`);
});

const examples: { where: string; code: string }[] = [];
for (const d of docs()) {
  for (const m of d.text.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
    const code = m[1]!.replace(/^\s*\* ?/gm, '');
    examples.push({ where: `${d.file}:${d.name}`, code });
  }
}

test('examples were found', () => assert.ok(examples.length >= 8));

for (const ex of examples) {
  test(`@example of ${ex.where}`, async () => {
    const body = ex.code.replace(
      /^import\s*(type\s*)?\{([^}]*)\}\s*from\s*'([^']+)';?$/gm,
      (_all, isType: string | undefined, names: string, spec: string) =>
        isType
          ? ''
          : `const {${names.replace(/\btype\s+\w+\s*,?/g, '').replace(/\bas\b/g, ':')}} = await import(${JSON.stringify(pathToFileURL(entryFor(spec)).href)});`,
    );
    assert.ok(!/^import /m.test(body), `unsupported import in example of ${ex.where}`);
    const js = transformSync(`(async (assert) => {\n${body}\n})`, { loader: 'ts' }).code;
    const fn = (0, eval)(js) as (a: typeof assert) => Promise<void>;
    await fn(assert);
  });
}

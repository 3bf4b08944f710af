/**
 * Every fenced `ts` and `js` block of README.md and docs/*.md is compiled by `tsc --strict` against
 * the types of the PACKED package (installed from its tarball, as users get it) and then run with
 * Node. A `ts` block is an ES module (top-level await allowed); a `js` block is CommonJS.
 *
 * A block that is a fragment names its free variables on the line before its fence, in a comment
 * that the rendered page hides: `<!-- example: given code, user -->`. Each name is a fixture below
 * (a declaration with a plausible value), prepended to the block; nothing is excluded.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, packInto } from './helpers/pack.js';

/** The fixtures a block can name. Types are what an application would have. */
const FIXTURES: Record<string, string> = {
  code: `const code: string = '123456';`,
  token: `const token: string = 'AAAAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB';`,
  secret: `const secret: string = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';`,
  counter: `const counter: number = 0;`,
  storedSecret: `const storedSecret: string = 'k7Jq2vXf0pL9';`,
  presented: `const presented: string = 'k7Jq2vXf0pX9';`,
  deck: `const deck: number[] = [...Array(52).keys()];`,
  user: `const user: { email: string; secret: string; counter: number; lastStep?: number; drift?: number } = {
  email: 'alice@example.com',
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  counter: 0,
};`,
  userId: `const userId: number = 7;`,
  mail: `async function mail(to: { email: string }, body: string): Promise<void> {
  if (!to.email || !body) throw new Error('no mail');
}`,
  req: `const req: { url: string } = { url: 'https://example.com/reset?token=AAAA.BBBB' };`,
  db: `type StoredReset = import('secrets-ts').ResetRecord & { userId: number };
const db = {
  resets: {
    rows: new Map<string, StoredReset>(),
    async insert(row: StoredReset): Promise<void> {
      this.rows.set(row.selector, row);
    },
    async findBySelector(selector: string): Promise<StoredReset | undefined> {
      return this.rows.get(selector);
    },
    async delete(selector: string): Promise<void> {
      this.rows.delete(selector);
    },
  },
};`,
};

interface Block {
  where: string;
  lang: 'ts' | 'js';
  code: string;
  given: string[];
}

function blocks(): Block[] {
  const files = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const out: Block[] = [];
  for (const file of files.sort()) {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(\w*)\s*$/.exec(lines[i]!);
      if (!open) continue;
      let end = i + 1;
      while (end < lines.length && !/^```\s*$/.test(lines[end]!)) end++;
      const lang = open[1]!;
      if (lang === 'ts' || lang === 'js' || lang === 'typescript' || lang === 'javascript') {
        const note = /^<!-- example: given ([\w, ]+) -->$/.exec(lines[i - 1] ?? '');
        out.push({
          where: `${file}:${i + 1}`,
          lang: lang.startsWith('t') ? 'ts' : 'js',
          code: lines.slice(i + 1, end).join('\n'),
          given: note ? note[1]!.split(',').map((s) => s.trim()) : [],
        });
      }
      i = end;
    }
  }
  return out;
}

const all = blocks();
let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'secrets-ts-docs-'));
  const tarball = packInto(dir);
  writeFileSync(join(dir, 'package.json'), '{ "name": "docs-examples", "private": true }');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: dir, stdio: 'pipe' });
  mkdirSync(join(dir, 'src'));
  all.forEach((b, i) => {
    for (const name of b.given) assert.ok(name in FIXTURES, `${b.where}: no fixture named ${name}`);
    const pre = b.given.map((name) => FIXTURES[name]).join('\n');
    // A trailing `export {}` keeps each ES module's top-level names to itself.
    const body = b.lang === 'ts' ? `${pre}\n${b.code}\nexport {};\n` : `${pre}\n${b.code}\n`;
    writeFileSync(join(dir, 'src', b.lang === 'ts' ? `ex${i}.mts` : `ex${i}.cjs`), body);
  });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022'],
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules', '@types')],
        outDir: 'out',
        rootDir: 'src',
        skipLibCheck: true,
        // A js block is checked too: `require` in a checked .cjs file takes the package's types.
        allowJs: true,
        checkJs: true,
      },
      include: ['src'],
    }),
  );
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('README.md and docs/ have fenced examples, and every fixture is used', () => {
  assert.ok(all.length >= 25, `only ${all.length} blocks`);
  const used = new Set(all.flatMap((b) => b.given));
  assert.deepEqual(
    Object.keys(FIXTURES).filter((f) => !used.has(f)),
    [],
  );
});

test('every fenced example compiles with tsc --strict against the packed package', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], {
    encoding: 'utf8',
  });
  // Map the generated file names back to the Markdown they came from.
  const out = (r.stdout + r.stderr).replace(
    /\S*src\/ex(\d+)\.(?:mts|cjs)\((\d+),\d+\)/g,
    (_m, i: string, line: string) => {
      const b = all[Number(i)]!;
      const pre = b.given
        .map((name) => FIXTURES[name])
        .join('\n')
        .split('\n').length;
      return `${b.where} (line ${Number(line) - pre} of the block)`;
    },
  );
  assert.equal(
    r.status,
    0,
    `${out}\nA fragment names its free variables on the line before its fence, ` +
      '<!-- example: given a, b -->, each a fixture of test/docs-examples.test.ts.',
  );
});

for (const [i, b] of all.entries()) {
  test(`example ${b.where} runs`, () => {
    const file = join(dir, 'out', b.lang === 'ts' ? `ex${i}.mjs` : `ex${i}.cjs`);
    const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(r.status, 0, `${b.where}:\n${b.code}\n${r.stderr}`);
  });
}

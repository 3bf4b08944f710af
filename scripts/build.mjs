// Builds dist/: ESM and CJS (each with its own .d.ts), a browser bundle, and the CLI bundle.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const tsc = (args) =>
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', ...args], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
tsc(['-p', 'tsconfig.build.json', '--module', 'ES2022', '--moduleResolution', 'Bundler', '--outDir', 'dist/esm']);
tsc(['-p', 'tsconfig.build.json', '--module', 'CommonJS', '--moduleResolution', 'Node10', '--outDir', 'dist/cjs']);
writeFileSync('dist/esm/package.json', '{ "type": "module", "sideEffects": false }\n');
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs", "sideEffects": false }\n');

const { version, exports: exportMap } = JSON.parse(readFileSync('package.json', 'utf8'));

// Resolvers that predate `exports` (TypeScript's node10, old bundlers) find a subpath such as
// `secrets-ts/seeded` through a folder with its own package.json; these stubs point into dist/.
for (const sub of Object.keys(exportMap)) {
  if (sub === '.' || sub === './package.json') continue;
  const dir = sub.slice(2);
  const up = '../'.repeat(dir.split('/').length);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const target = exportMap[sub].require;
  writeFileSync(
    `${dir}/package.json`,
    JSON.stringify(
      { private: true, main: up + target.default.slice(2), types: up + target.types.slice(2), sideEffects: false },
      null,
      2,
    ) + '\n',
  );
}
mkdirSync('dist/browser', { recursive: true });
// One-file ESM build of the main entry for browsers and workers loading it from a URL.
await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  outfile: 'dist/browser/index.js',
  logLevel: 'warning',
});
await build({
  entryPoints: ['src/cli/bin.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/cli.cjs',
  banner: { js: '#!/usr/bin/env node' },
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});

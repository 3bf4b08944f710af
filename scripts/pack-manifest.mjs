// `prepack`/`postpack`: the packed package.json carries no `prepare` script, so installing the
// tarball runs nothing and npm has no install script to warn about, while `npm ci` in a clone
// still builds through `prepare`. `strip` keeps the exact original text in package.json.prepack
// (not in `files`, so never packed); `restore` puts it back.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const [mode] = process.argv.slice(2);
const BACKUP = 'package.json.prepack';
if (mode === 'strip') {
  if (existsSync(BACKUP)) throw new Error(`${BACKUP} exists: run "node scripts/pack-manifest.mjs restore" first`);
  const text = readFileSync('package.json', 'utf8');
  const pkg = JSON.parse(text);
  writeFileSync(BACKUP, text);
  for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) delete pkg.scripts[s];
  writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
} else if (mode === 'restore') {
  if (existsSync(BACKUP)) renameSync(BACKUP, 'package.json');
} else {
  throw new Error('usage: node scripts/pack-manifest.mjs strip|restore');
}

// Module hooks that send every import of a file under src/ to the same file of the build:
// dist/esm/ (mode "esm") or dist/cjs/ (mode "cjs"). With them, the test helpers (test/helpers/api*.ts)
// drive the BUILT package instead of the sources. Registered by dist-register.mjs.
import { existsSync } from 'node:fs';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';
import { join, relative, resolve as resolvePath, sep } from 'node:path';

let root = '';
let mode = 'esm';

export function initialize(data) {
  root = data.root;
  mode = data.mode;
}

export async function resolve(specifier, context, next) {
  if (specifier.startsWith('.') && context.parentURL?.startsWith('file:')) {
    const abs = resolvePath(fileURLToPath(new URL('.', context.parentURL)), specifier);
    const rel = relative(join(root, 'src'), abs);
    if (!rel.startsWith('..') && !rel.startsWith(sep) && /\.(js|ts)$/.test(rel)) {
      const target = join(root, 'dist', mode, rel.replace(/\.ts$/, '.js'));
      if (!existsSync(target)) throw new Error(`no built file for ${specifier}: ${target}`);
      return { url: pathToFileURL(target).href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

// `node --import tsx --import ./test/helpers/dist-register.mjs …` with DIST_MODE=esm|cjs: imports
// of src/ files resolve to the built package (see dist-hooks.mjs).
import { register } from 'node:module';
import { resolve } from 'node:path';
import process from 'node:process';

register('./dist-hooks.mjs', import.meta.url, {
  data: { root: resolve('.'), mode: process.env.DIST_MODE === 'cjs' ? 'cjs' : 'esm' },
});

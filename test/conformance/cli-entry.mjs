// Entry point for Bun and Deno: reads the run description (JSON) from the first argument, runs the
// suite and prints one result line that test/conformance/<runtime>.test.ts parses.
import { runAll } from './run.mjs';

const args = globalThis.Deno ? globalThis.Deno.args : globalThis.process.argv.slice(2);
const result = await runAll(JSON.parse(args[0]));
globalThis.console.log('CONFORMANCE-RESULT ' + JSON.stringify(result));

// Module Web Worker entry: receives the run description, runs the suite inside the worker and
// posts the result back.
import { runAll } from './run.mjs';

globalThis.onmessage = async (e) => {
  try {
    globalThis.postMessage(await runAll(e.data));
  } catch (err) {
    globalThis.postMessage({ error: String(err?.stack ?? err) });
  }
};

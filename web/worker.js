// The module worker behind dist/newsmark-worker.js: runs the same core on long
// texts so that the page's main thread stays free. Messages in: {id, text,
// layers, wasmModule}; out: {id, result} or {id, error: {status, message}}.
import { loadCore } from './core.js';

let core = null;

self.onmessage = async ({ data }) => {
  const { id, text, layers, wasmModule } = data;
  try {
    core ??= await loadCore({ wasmModule });
    self.postMessage({ id, result: core.annotate(text, layers) });
  } catch (error) {
    self.postMessage({ id, error: { status: error.status ?? 'internal', message: String(error.message ?? error) } });
  }
};

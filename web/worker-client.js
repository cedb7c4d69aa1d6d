// Sends long texts to the core in a worker (web/worker.js), so that annotating
// them never blocks the page. Any trouble starting or talking to the worker
// (no Worker, a cross-origin script, a CSP without worker-src) answers null,
// and the caller annotates on the main thread instead.
import { NewsmarkError } from './core.js';
import { workerUrl } from './wasm-source.js';

/** A client for `core`'s worker, or null when this build or page cannot have one. */
export function createWorkerClient(core) {
  const url = workerUrl();
  if (!url || !core.wasmModule || typeof Worker !== 'function') return null;
  let worker = null;
  let broken = false;
  let nextId = 0;
  const pending = new Map();

  // From now on every call answers null: the main thread takes over.
  function fail() {
    broken = true;
    worker?.terminate();
    for (const { resolve } of pending.values()) resolve(null);
    pending.clear();
  }

  function start() {
    try {
      worker = new Worker(url, { type: 'module', name: 'newsmark' });
    } catch {
      fail();
      return false;
    }
    worker.onmessage = ({ data }) => {
      const call = pending.get(data.id);
      if (!call) return;
      pending.delete(data.id);
      if (data.error) call.reject(new NewsmarkError(data.error.status, data.error.message));
      else call.resolve(data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      fail();
    };
    worker.onmessageerror = () => fail();
    return true;
  }

  return {
    /** The result for `text`, or null when the worker is not available (then ask the main thread). */
    annotate(text, layers) {
      if (broken || (!worker && !start())) return Promise.resolve(null);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, layers, wasmModule: core.wasmModule });
      });
    },
  };
}

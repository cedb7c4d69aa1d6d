// Where the wasm bytes come from: beside this module, by fetch in browsers and
// by file read in Node; and the worker script beside it for long texts. (The
// single-file build swaps in wasm-source.single.js.)
export async function wasmBytes() {
  const url = new URL('./newsmark.wasm', import.meta.url);
  if (typeof process === 'object' && process.versions?.node && url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return readFile(url);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The module worker that annotates long texts off the main thread (dist/newsmark-worker.js). */
export function workerUrl() {
  return new URL('./newsmark-worker.js', import.meta.url);
}

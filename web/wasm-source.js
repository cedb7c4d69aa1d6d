// Where the wasm comes from: beside this module, fetched in browsers and read
// from disk in Node; and the worker script beside it for long texts. (The
// single-file build swaps in wasm-source.single.js.)

/**
 * The compiled core. Browsers compile while the bytes arrive, and Chromium
 * keeps the optimised code of a module compiled this way for the next visit.
 */
export async function compileWasm() {
  const url = new URL('./newsmark.wasm', import.meta.url);
  if (typeof process === 'object' && process.versions?.node && url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.compile(await readFile(url));
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}`);
  // Streaming needs the wasm media type; a server without it still works.
  if (typeof WebAssembly.compileStreaming === 'function' &&
    response.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

/** The module worker that annotates long texts off the main thread (dist/newsmark-worker.js). */
export function workerUrl() {
  return new URL('./newsmark-worker.js', import.meta.url);
}

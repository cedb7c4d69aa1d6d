// The single-file build: the wasm travels inside this module, gzip-compressed
// and base64-encoded (the bundler supplies it), nothing to fetch. Compressed
// first, it costs about a third of raw base64 in the file and, served with
// gzip, little more than newsmark.js + newsmark.wasm.
import { WASM_GZIP_BASE64 } from 'newsmark:inline-wasm';

/** The compiled core, from the bytes carried here. */
export async function compileWasm() {
  const text = atob(WASM_GZIP_BASE64);
  const packed = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return WebAssembly.compile(await new Response(stream).arrayBuffer());
}

// One file means no worker script: long texts are annotated on the main thread.
export function workerUrl() {
  return null;
}

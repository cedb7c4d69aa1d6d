// The single-file build: the wasm travels inside this module, gzip-compressed
// and base64-encoded (the bundler supplies it), nothing to fetch. Compressed
// first, it costs about a third of raw base64 in the file and, served with
// gzip, little more than newsmark.js + newsmark.wasm.
import { WASM_GZIP_BASE64 } from 'newsmark:inline-wasm';

export async function wasmBytes() {
  const text = atob(WASM_GZIP_BASE64);
  const packed = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) packed[i] = text.charCodeAt(i);
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// One file means no worker script: long texts are annotated on the main thread.
export function workerUrl() {
  return null;
}

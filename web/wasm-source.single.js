// The single-file build: the wasm is inlined in the core's glue, nothing to fetch.
export async function wasmBytes() {
  return null;
}

// One file means no worker script: long texts are annotated on the main thread.
export function workerUrl() {
  return null;
}

// The single-file build: the wasm is inlined in the core's glue, nothing to fetch.
export async function wasmBytes() {
  return null;
}

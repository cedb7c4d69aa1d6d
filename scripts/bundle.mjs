// Bundles the JS shim and the Emscripten glue into dist/:
//   newsmark.js         ES module: loader + API, fetches newsmark.wasm beside it
//   newsmark.single.js  the same with the wasm inlined, compressed (file:// pages, extensions)
//   newsmark-worker.js  the module worker newsmark.js starts for long texts
//   newsmark.wasm, newsmark-core.js.mjs (the no-wasm engine), newsmark.css, newsmark.d.ts
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { commonOptions, flavour, inlineWasm } from './esbuild-options.mjs';
import { latin1DataLiterals } from './latin1-literals.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const wasmBuild = join(root, 'build/wasm/bin');
const dist = join(root, 'dist');
mkdirSync(dist, { recursive: true });

const common = { ...commonOptions, entryPoints: [join(root, 'web/newsmark.js')] };

await build({ ...common, outfile: join(dist, 'newsmark.js'), plugins: [flavour('newsmark-core.mjs', 'wasm-source.js')] });
await build({ ...common, outfile: join(dist, 'newsmark.single.js'), plugins: [flavour('newsmark-core.mjs', 'wasm-source.single.js'), inlineWasm()] });
await build({ ...common, entryPoints: [join(root, 'web/worker.js')], outfile: join(dist, 'newsmark-worker.js'), plugins: [flavour('newsmark-core.mjs', 'wasm-source.js')] });

copyFileSync(join(wasmBuild, 'newsmark-core.wasm'), join(dist, 'newsmark.wasm'));
// Under the strict CSP it exists for, the no-wasm engine may travel uncompressed: keep its data gzip-friendly.
const jsEngine = readFileSync(join(wasmBuild, 'newsmark-core.js.mjs'), 'utf8');
writeFileSync(join(dist, 'newsmark-core.js.mjs'), latin1DataLiterals(jsEngine));
for (const file of ['newsmark.css', 'newsmark.d.ts']) {
  if (existsSync(join(root, 'web', file))) copyFileSync(join(root, 'web', file), join(dist, file));
}

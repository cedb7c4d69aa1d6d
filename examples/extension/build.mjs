#!/usr/bin/env node
// Assembles the unpacked extension: the sources of this folder plus copies of
// the built bundle (dist/), and the service worker bundled with the core's
// loader. Load the output folder in chrome://extensions ("Load unpacked").
//
// Usage: node examples/extension/build.mjs [--out DIR]   (default build/extension)
// Needs `make dist` first. Nothing it writes is committed.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { commonOptions, flavour } from '../../scripts/esbuild-options.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.resolve(root, process.env.NEWSMARK_DIST || 'dist');
const wasmBuild = path.join(root, 'build/wasm/bin');

const args = process.argv.slice(2);
let out = path.join(root, 'build/extension');
if (args[0] === '--out' && args[1]) out = path.resolve(args[1]);
else if (args.length) {
  console.error('usage: node examples/extension/build.mjs [--out DIR]');
  process.exit(2);
}

const fromDist = ['newsmark.js', 'newsmark.wasm', 'newsmark-core.js.mjs'];
for (const file of [...fromDist.map((f) => path.join(dist, f)), path.join(wasmBuild, 'newsmark-core.mjs')]) {
  if (!existsSync(file)) {
    console.error(`extension: ${path.relative(root, file)} is missing: run "make dist" first`);
    process.exit(1);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of ['manifest.json', 'content.js']) copyFileSync(path.join(here, file), path.join(out, file));
for (const file of fromDist) copyFileSync(path.join(dist, file), path.join(out, file));

// The worker runs the core itself (for pages whose CSP forbids wasm), so it
// bundles web/core.js with the wasm glue, as scripts/bundle.mjs does for dist.
await build({
  ...commonOptions,
  entryPoints: [path.join(here, 'background.js')],
  outfile: path.join(out, 'background.js'),
  plugins: [flavour('newsmark-core.mjs', 'wasm-source.js')],
});
const shown = path.relative(process.cwd(), out);
console.log(`extension: ${shown.startsWith('..') ? out : shown} (load it unpacked)`);

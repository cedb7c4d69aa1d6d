// The esbuild settings every newsmark bundle shares (dist/ and the extension's
// worker), and the plugin that points web/core.js at one flavour of the glue.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const wasmBuild = join(root, 'build/wasm/bin');

// V8 (Chrome 136+) compiles every function of a file that starts with this
// comment when it loads the file, instead of on each function's first call;
// other engines ignore it. Nearly all of the shim runs in the first
// highlight(), which otherwise compiled 10-17 ms of it lazily on the main
// thread (bench/RESULTS.md, "Compile hint").
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export const commonOptions = {
  banner: { js: EAGER_COMPILE_HINT },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  external: ['node:*'],
  logLevel: 'warning',
};

/**
 * The wasm for the single-file flavour (web/wasm-source.single.js imports
 * 'newsmark:inline-wasm'): gzip at the highest level, then base64.
 */
export function inlineWasm() {
  return {
    name: 'newsmark-inline-wasm',
    setup(b) {
      b.onResolve({ filter: /^newsmark:inline-wasm$/ }, () => ({ path: 'inline-wasm', namespace: 'newsmark' }));
      b.onLoad({ filter: /.*/, namespace: 'newsmark' }, () => {
        const packed = gzipSync(readFileSync(join(wasmBuild, 'newsmark-core.wasm')), { level: 9 });
        return { contents: `export const WASM_GZIP_BASE64 = ${JSON.stringify(packed.toString('base64'))};`, loader: 'js' };
      });
    },
  };
}

// web/core.js imports './newsmark-core.mjs' and './wasm-source.js'; each
// flavour points them at its own glue (a file of build/wasm/bin) and source.
export function flavour(glue, wasmSource) {
  return {
    name: 'newsmark-flavour',
    setup(b) {
      b.onResolve({ filter: /^\.\/newsmark-core\.mjs$/ }, () => ({ path: join(wasmBuild, glue) }));
      b.onResolve({ filter: /^\.\/wasm-source\.js$/ }, () => ({ path: join(root, 'web', wasmSource) }));
    },
  };
}

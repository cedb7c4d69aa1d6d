// What a browser downloads: every file of dist/ raw, gzip -9 and brotli q11,
// the total against the 400 KiB gzip budget, and the peers for comparison
// (compromise's shipped ESM build; wink-nlp + its model bundled by esbuild).
//
//   node bench/sizes.mjs
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fmt, root } from './lib.mjs';
import { BUDGET_GZIP, pageLoads } from './page-loads.mjs';

function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
}

function row(label, m) {
  console.log(`${label.padEnd(44)} ${fmt.kib(m.raw).padStart(9)} ${fmt.kib(m.gzip).padStart(9)} ${fmt.kib(m.brotli).padStart(9)}`);
}

console.log(`${'file'.padEnd(44)} ${'raw KiB'.padStart(9)} ${'gzip KiB'.padStart(9)} ${'br KiB'.padStart(9)}`);
const dist = join(root, 'dist');
if (existsSync(dist)) {
  const files = readdirSync(dist).filter((f) => !f.startsWith('.')).sort();
  const sizes = Object.fromEntries(files.map((f) => [f, measure(readFileSync(join(dist, f)))]));
  for (const [f, m] of Object.entries(sizes)) row(`dist/${f}`, m);
  const loads = pageLoads((f) => sizes[f]?.gzip ?? 0);
  const all = Object.values(sizes).reduce((n, m) => n + m.gzip, 0);
  console.log(`\nwhat one page loads, gzip (budget ${fmt.kib(BUDGET_GZIP)} KiB):`);
  for (const [label, n] of Object.entries(loads)) {
    console.log(`  ${label.padEnd(44)} ${fmt.kib(n).padStart(8)} KiB ${n <= BUDGET_GZIP ? 'within' : 'OVER'} budget`);
  }
  console.log(`  ${'all of dist/'.padEnd(44)} ${fmt.kib(all).padStart(8)} KiB ${all <= BUDGET_GZIP ? 'within' : 'OVER'} budget`);
} else {
  console.log('(no dist/: run scripts/build dist)');
}

console.log('\npeers:');
const nm = (p) => join(root, 'node_modules', p);
row('compromise builds/three/compromise-three.mjs', measure(readFileSync(nm('compromise/builds/three/compromise-three.mjs'))));
const scratch = join(root, 'build/bench');
mkdirSync(scratch, { recursive: true });
const entry = join(scratch, 'wink-entry.mjs');
writeFileSync(entry, "import winkNLP from 'wink-nlp';\nimport model from 'wink-eng-lite-web-model';\nexport const nlp = winkNLP(model);\n");
const out = join(scratch, 'wink.min.mjs');
await build({
  entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', outfile: out,
  logLevel: 'silent', nodePaths: [join(root, 'node_modules')],
});
row('wink-nlp + eng-lite-web-model (esbuild)', measure(readFileSync(out)));

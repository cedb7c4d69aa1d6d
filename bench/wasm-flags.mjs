// Compares builds of the wasm module linked with different flags: size
// (raw, gzip -9, brotli) and throughput on the article and on 256 KB of it.
//
//   node --expose-gc bench/wasm-flags.mjs DIR...
//
// Each DIR holds newsmark-core.mjs + newsmark-core.wasm (an Emscripten link of
// the same objects; see the "Build flags" section of bench/RESULTS.md).
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { article, fmt, rawCore, repeatTo, timeRuns } from './lib.mjs';

const dirs = process.argv.slice(2);
if (!dirs.length) {
  console.error('usage: node --expose-gc bench/wasm-flags.mjs DIR...');
  process.exit(2);
}
const small = article();
const large = repeatTo(small, 256 << 10);
console.log('| build | wasm raw KiB | gzip KiB | brotli KiB | glue gzip KiB | article ms | 256 KB ms | MB/s (256 KB) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const dir of dirs.map((d) => resolve(d))) {
  const wasm = readFileSync(join(dir, 'newsmark-core.wasm'));
  const glue = readFileSync(join(dir, 'newsmark-core.mjs'));
  const { default: create } = await import(pathToFileURL(join(dir, 'newsmark-core.mjs')).href);
  const compiled = await WebAssembly.compile(wasm);
  const module = await create({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
      return {};
    },
  });
  const core = rawCore(module);
  const work = (t) => core.annotate(t).figures.length;
  const a = timeRuns(work, small, 20, 3);
  const b = timeRuns(work, large, 5, 1);
  console.log(`| ${basename(dir)} | ${fmt.kib(wasm.length)} | ${fmt.kib(gzipSync(wasm, { level: 9 }).length)} | ` +
    `${fmt.kib(brotliCompressSync(wasm).length)} | ${fmt.kib(gzipSync(glue, { level: 9 }).length)} | ` +
    `${fmt.ms(a.medianMs)} | ${fmt.ms(b.medianMs)} | ${fmt.mbs(b.mbPerS)} |`);
}

// The wasm heap does not creep: its size after 1,000 articles against after
// 10, and after one 1 MB text followed by 100 articles (growth is kept, but
// must not continue).
//
//   node bench/heap.mjs
import { article, fmt, loadNewsmark, rawCore, repeatTo, root } from './lib.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// dist's load() does not expose the heap; the raw glue does.
async function coreWithMemory() {
  const core = await loadNewsmark();
  if (core.memoryBytes() !== null) return core;
  const bin = join(root, 'build/wasm/bin');
  const { default: create } = await import(pathToFileURL(join(bin, 'newsmark-core.mjs')).href);
  const compiled = await WebAssembly.compile(readFileSync(join(bin, 'newsmark-core.wasm')));
  const module = await create({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
      return {};
    },
  });
  return rawCore(module);
}

const core = await coreWithMemory();
const text = article();
let after10 = 0;
for (let i = 1; i <= 1000; i++) {
  core.annotate(text);
  if (i === 10) after10 = core.memoryBytes();
}
const after1000 = core.memoryBytes();
console.log(`wasm heap after 10 articles ${fmt.mib(after10)} MiB, after 1,000 ${fmt.mib(after1000)} MiB: ` +
  (after1000 <= after10 ? 'no growth (target met)' : 'GREW'));
core.annotate(repeatTo(text, 1 << 20));
const afterBig = core.memoryBytes();
for (let i = 0; i < 100; i++) core.annotate(text);
console.log(`after one 1 MB text ${fmt.mib(afterBig)} MiB, after 100 more articles ${fmt.mib(core.memoryBytes())} MiB`);

// Warm throughput, side by side: newsmark (wasm: all layers, each layer alone;
// the no-wasm JS engine), compromise and wink-nlp, in one Node process on the
// same texts: the example article and the article repeated to 1 MB.
// Then peak memory: one fresh process per engine annotating the 1 MB text.
//
//   node --expose-gc bench/speed.mjs [--quick] [--json FILE]
//
// Median of 50 (article) or 20 (1 MB) warm runs (3 with --quick, and for the JS engine on 1 MB); gc() runs
// before each timed run so that one run's garbage is not charged to the next. "Warm" means every engine first
// annotates the article 300 times: V8 optimises JavaScript and WebAssembly in the background, and a few
// warm-up runs leave the large wasm functions (and the peers' hot paths) in their baseline tier.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { article, fmt, loadEngine, repeatTo, timeRuns, utf8Bytes } from './lib.mjs';

const ENGINES = ['newsmark', 'newsmark-actors', 'newsmark-figures', 'newsmark-attributions', 'newsmark-js', 'compromise', 'wink'];
const here = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);

// Child mode: `--peak ENGINE` annotates the 1 MB text 3 times, prints memory.
if (args[0] === '--peak') {
  const engine = await loadEngine(args[1]);
  const text = repeatTo(article(), 1 << 20);
  const afterLoad = process.memoryUsage().rss;
  for (let i = 0; i < 3; i++) engine.work(text);
  console.log(JSON.stringify({
    rssAfterLoad: afterLoad,
    peakRss: process.resourceUsage().maxRSS * 1024,
    wasmHeap: engine.core?.memoryBytes?.() ?? null,
  }));
  process.exit(0);
}

const quick = args.includes('--quick');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
if (!globalThis.gc) console.warn('speed: run with node --expose-gc for stable numbers');

const small = article();
const large = repeatTo(small, 1 << 20);
const sizes = [
  ['article', small, quick ? 3 : 50, quick ? 1 : 300],
  ['1 MB', large, quick ? 3 : 20, quick ? 1 : 2],
];

const rows = [];
for (const name of ENGINES) {
  const engine = await loadEngine(name);
  for (const [label, text, sizeRuns, warmup] of sizes) {
    // The no-wasm engine is a fallback, ~10× slower: 3 runs of 1 MB tell enough.
    const runs = name === 'newsmark-js' && label === '1 MB' ? Math.min(3, sizeRuns) : sizeRuns;
    const r = timeRuns(engine.work, text, runs, warmup);
    rows.push({ engine: name, size: label, bytes: utf8Bytes(text), ...r });
    console.log(`${name.padEnd(22)} ${label.padEnd(8)} ${String(r.runs).padStart(3)} runs  median ${fmt.ms(r.medianMs).padStart(8)} ms` +
      `  p90 ${fmt.ms(r.p90Ms).padStart(8)} ms  ${fmt.mbs(r.mbPerS).padStart(7)} MB/s  ${JSON.stringify(r.counts)}`);
  }
}

const mbps = (engine, size) => rows.find((r) => r.engine === engine && r.size === size)?.mbPerS;
console.log('\nratios (throughput, newsmark wasm with all layers against each peer):');
for (const size of ['article', '1 MB']) {
  const nm = mbps('newsmark', size);
  console.log(`  ${size.padEnd(8)} ×${(nm / mbps('compromise', size)).toFixed(1)} compromise (target ≥ 20)` +
    `   ×${(nm / mbps('wink', size)).toFixed(2)} wink (target ≥ 1)`);
}

console.log('\npeak memory, one fresh process per engine, 1 MB text annotated 3 times:');
const memory = [];
for (const name of ['newsmark', 'newsmark-js', 'compromise', 'wink']) {
  const out = execFileSync(process.execPath, ['--expose-gc', here, '--peak', name], { encoding: 'utf8' });
  const m = JSON.parse(out.trim().split('\n').pop());
  memory.push({ engine: name, ...m });
  console.log(`  ${name.padEnd(12)} RSS after load ${fmt.mib(m.rssAfterLoad).padStart(6)} MiB   peak RSS ${fmt.mib(m.peakRss).padStart(6)} MiB` +
    (m.wasmHeap ? `   wasm heap ${fmt.mib(m.wasmHeap)} MiB` : ''));
}

if (jsonOut) {
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify({ node: process.version, rows, memory }, null, 2));
}

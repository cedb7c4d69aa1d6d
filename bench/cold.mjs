// Cold start: import + initialise + first article, each in a fresh Node
// process, engines interleaved so that a drifting machine load hits all alike.
//
//   node bench/cold.mjs [ROUNDS]     (default 10; the median is printed)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { article, fmt, loadEngine, median } from './lib.mjs';

const here = fileURLToPath(import.meta.url);

// Child mode: `--one ENGINE` measures itself and prints one JSON line.
if (process.argv[2] === '--one') {
  const text = article();
  const t0 = performance.now();
  const engine = await loadEngine(process.argv[3]);
  const t1 = performance.now();
  engine.work(text);
  const t2 = performance.now();
  console.log(JSON.stringify({ loadMs: t1 - t0, firstMs: t2 - t1, rss: process.memoryUsage().rss }));
  process.exit(0);
}

const rounds = Number(process.argv[2]) || 10;
const engines = ['newsmark', 'newsmark-js', 'compromise', 'wink'];
const samples = Object.fromEntries(engines.map((e) => [e, []]));
for (let i = 0; i < rounds; i++) {
  for (const name of engines) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [here, '--one', name], { encoding: 'utf8' });
    samples[name].push({ ...JSON.parse(out.trim().split('\n').pop()), wallMs: performance.now() - t0 });
  }
}
console.log(`cold start, median of ${rounds} fresh processes (import + init, first article, whole process incl. Node start-up):`);
for (const name of engines) {
  const m = (key) => median(samples[name].map((s) => s[key]));
  console.log(`  ${name.padEnd(12)} import+init ${fmt.ms(m('loadMs')).padStart(7)} ms   first article ${fmt.ms(m('firstMs')).padStart(7)} ms` +
    `   ready ${fmt.ms(m('loadMs') + m('firstMs')).padStart(7)} ms   process ${fmt.ms(m('wallMs')).padStart(7)} ms   RSS ${fmt.mib(m('rss'))} MiB`);
}

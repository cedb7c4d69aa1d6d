// Widget bench: for every saved news page in shared/data/pages, the time from
// highlight() to the next painted frame, with the module and core already
// loaded, on both painting paths; plus the number of marks and the longest
// main-thread task seen during highlight().
//
//   node bench/bench_widget.mjs [runs=5] [--settle MS] [--after-load MS] [page-name...]
//   NEWSMARK_BUNDLE=dist/newsmark.single.js node bench/bench_widget.mjs
//
// Targets: median <= 30 ms and worst <= 100 ms (Highlight API path). load()
// runs first and is timed apart; the Highlight API path runs next on each
// page, so its first run ("first") is the page's first highlight() (real text
// through code the browser has not optimised yet); the summary gives the
// numbers with and without those first runs.
//
// Each page gets `--settle` ms (default 2000) after its load event before
// load(): a reader opens the widget on a page that has finished loading. Right
// after the load event the browser is still busy with the page (decoding,
// raster) and, in headless Chromium 156, with the new window's omnibox popup
// (a WebUI page that loads for about 1.5 s); on two cores that halves the CPU
// left to the page (bench/RESULTS.md, "Page settling"). --settle 0 measures
// that busy moment instead.
//
// `--after-load` ms (default 0) pass between load() and the first highlight()
// (three frames always do): 0 is the embed or an extension's button, which
// highlight as soon as the module is loaded; 1000 is a reader who clicks a
// moment later, by when load()'s idle warm-up (web/warm-up.js) has run.
import { readdirSync } from 'node:fs';
import { startServer, launchBrowser, newPage, requireBundle, PAGES_DIR } from '../tests/browser/serve.mjs';

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 5;
function takeMs(flag, fallback) {
  const at = args.indexOf(flag);
  const value = at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
  if (!Number.isFinite(value) || value < 0) throw new Error(`${flag} takes a number of milliseconds`);
  return value;
}
const settleMs = takeMs('--settle', 2000);
const afterLoadMs = takeMs('--after-load', 0);
const pages = args.length ? args : readdirSync(PAGES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

// Runs in the page: loads the module (its own long task, not counted below)
// and lets the page paint; returns load()'s time.
async function loadModule({ bundleUrl, afterLoadMs }) {
  const start = performance.now();
  const { load } = await import(bundleUrl);
  window.nmBench = await load();
  const loadMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, afterLoadMs));
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return loadMs;
}

// Runs in the page: `runs` timed highlight() calls on one path.
async function measure({ runs, fallback }) {
  const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const times = [];
  let marks = 0;
  let longestTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  for (let i = 0; i < runs; i++) {
    await nextPaint();
    const start = performance.now();
    const handle = await window.nmBench.highlight(undefined, { fallback, observe: false });
    await nextPaint();
    times.push(performance.now() - start);
    marks = handle.marks.length;
    handle.clear();
  }
  await nextPaint();
  observer.disconnect();
  return { times, marks, longestTask, engine: window.nmBench.engine };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => value.toFixed(1).padStart(7);

const bundleUrl = await requireBundle();
const server = await startServer();
const browser = await launchBrowser();
const summary = { highlight: [], wrap: [] };
const warm = { highlight: [], wrap: [] };
const loads = [];
console.log(`widget bench: ${bundleUrl}, ${runs} runs per page and path, load() ${settleMs} ms after the page's load event, ` +
  `first highlight() ${afterLoadMs} ms after load() ` +
  '(times in ms, highlight() to painted frame)');
console.log(`${'page'.padEnd(27)} ${'marks'.padStart(5)} | ${'API 1st'.padStart(7)} ${'API med'.padStart(7)} ${'API max'.padStart(7)} | ${'wrap med'.padStart(8)} ${'wrap max'.padStart(8)} | longest task`);
try {
  for (const name of pages) {
    const { page, context } = await newPage(browser, server.origin);
    await page.goto(`${server.origin}/pages/${name}/`, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    let row = name.padEnd(27);
    let longest = 0;
    try {
      loads.push(await page.evaluate(loadModule, { bundleUrl, afterLoadMs }));
      const api = await page.evaluate(measure, { runs, fallback: false });
      const wrap = await page.evaluate(measure, { runs, fallback: true });
      summary.highlight.push(...api.times);
      summary.wrap.push(...wrap.times);
      warm.highlight.push(...api.times.slice(1));
      warm.wrap.push(...wrap.times);
      longest = Math.max(api.longestTask, wrap.longestTask);
      row += ` ${String(api.marks).padStart(5)} | ${ms(api.times[0])} ${ms(median(api.times))} ${ms(Math.max(...api.times))} | ` +
        `${ms(median(wrap.times)).padStart(8)} ${ms(Math.max(...wrap.times)).padStart(8)} | ${longest ? ms(longest) : '    < 50'}`;
    } catch (error) {
      row += ` failed: ${String(error.message).split('\n')[0]}`;
    }
    console.log(row);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
if (loads.length) console.log(`load() (import, compile, warm-up; before the runs, not in them): median ${median(loads).toFixed(1)} ms, worst ${Math.max(...loads).toFixed(1)} ms`);
for (const [path, times] of Object.entries(summary)) {
  if (!times.length) continue;
  console.log(`${path.padEnd(9)} all runs: median ${median(times).toFixed(1)} ms, worst ${Math.max(...times).toFixed(1)} ms over ${times.length} runs; ` +
    `warm (each page's first run left out): median ${median(warm[path]).toFixed(1)} ms, worst ${Math.max(...warm[path]).toFixed(1)} ms`);
}

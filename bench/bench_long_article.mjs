// Long-read bench: the harbour page's story repeated to ~100,000 characters,
// highlighted in headless Chromium with the real core, in a worker and on the
// main thread, with and without the panel and cards. Prints the time to
// highlight() and the longest main-thread task seen (0: none over 50 ms).
//
//   node bench/bench_long_article.mjs [characters=100000]
import { startServer, launchBrowser, newPage, requireBundle } from '../tests/browser/serve.mjs';

const characters = Number(process.argv[2] ?? 100000);
const bundleUrl = await requireBundle();
const server = await startServer();
const browser = await launchBrowser();
try {
  const { page } = await newPage(browser, server.origin);
  await page.goto(`${server.origin}/examples/pages/harbour.html`);
  const rows = await page.evaluate(async ({ bundleUrl, characters }) => {
    const { load } = await import(bundleUrl);
    const nm = await load();
    const story = document.getElementById('story');
    const paragraphs = [...story.querySelectorAll('p')];
    while (story.textContent.length < characters) for (const p of paragraphs) story.append(p.cloneNode(true));
    const out = [];
    for (const [worker, ui] of [[true, true], [false, true], [true, false], [false, false], [true, true], [false, true]]) {
      let longest = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const start = performance.now();
      const handle = await nm.highlight(story, { observe: false, worker, panel: ui, cards: ui });
      const took = performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      out.push({ thread: handle.thread, ui, took, longest, marks: handle.marks.length, chars: handle.text.length });
      handle.clear();
    }
    return out;
  }, { bundleUrl, characters });
  console.log('long article: highlight() time and longest main-thread task (ms)');
  for (const r of rows) {
    console.log(`${r.thread.padEnd(6)} ${r.ui ? 'panel+cards' : 'marks only '}  ${String(r.chars).padStart(7)} chars  ` +
      `${String(r.marks).padStart(5)} marks  highlight ${r.took.toFixed(0).padStart(4)}  longest task ${r.longest ? r.longest.toFixed(0) : '< 50'}`);
  }
} finally {
  await browser.close();
  await server.close();
}

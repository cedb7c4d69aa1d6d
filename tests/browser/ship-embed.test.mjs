// The news-site embed in headless Chromium: the one-script-tag page, the
// <news-mark> element, the same page under a strict Content-Security-Policy
// (no 'wasm-unsafe-eval': the JavaScript engine must take over), and a
// pre-annotated page painted from W3C annotations without the core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DIST, REPO, STRICT_CSP, launchBrowser, openPage, paintedState, requireDist, startShipServer } from './ship-server.mjs';

const EMBED_PAGE = '/examples/embed/index.html';
const ELEMENT_PAGE = '/examples/embed/element.html';
let browser;
let server;
let exampleHtml;

// Every painted range as "highlight name|start node:offset|end node:offset",
// nodes named by their path from <body>: equal lists mean equal marks.
function paintedRanges(page) {
  return page.evaluate(() => {
    const pathOf = (node) => {
      const steps = [];
      for (let n = node; n && n !== document.body; n = n.parentNode) steps.unshift([...n.parentNode.childNodes].indexOf(n));
      return steps.join('/');
    };
    const out = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight) {
        out.push(`${name}|${pathOf(range.startContainer)}:${range.startOffset}|${pathOf(range.endContainer)}:${range.endOffset}`);
      }
    }
    return out.sort();
  });
}

// Opens `url` and waits until the embed reports ready or error; returns what it reported.
async function openEmbed(url, reporterSelector = 'script[data-newsmark]') {
  const { page, context, problems } = await openPage(browser);
  await page.goto(url);
  await page.waitForSelector(`${reporterSelector}[data-newsmark-state="ready"], ${reporterSelector}[data-newsmark-state="error"]`, { state: 'attached' });
  const reported = await page.$eval(reporterSelector, (element) => ({ ...element.dataset }));
  return { page, context, problems, reported };
}

before(async () => {
  await requireDist('newsmark.js', 'newsmark.wasm', 'newsmark-core.js.mjs');
  const bundle = await readFile(path.join(DIST, 'newsmark.js'), 'utf8');
  if (!bundle.includes('news-mark')) throw new Error('dist/newsmark.js has no embed start-up: web/newsmark.js must call startEmbed() of web/embed.js');
  const html = await readFile(path.join(REPO, 'examples/embed/index.html'), 'utf8');
  exampleHtml = html;
  server = await startShipServer({
    pages: {
      // The same example page, sent with a strict policy.
      '/examples/embed/strict.html': { body: html, headers: { 'content-security-policy': STRICT_CSP } },
      // No selector: newsmark finds the article itself.
      '/examples/embed/auto.html': { body: html.replace('data-newsmark="article"', 'data-newsmark=""') },
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('one script tag highlights the article with the wasm engine', async (t) => {
  const { page, context, problems, reported } = await openEmbed(server.url(EMBED_PAGE));
  t.diagnostic(`engine: ${reported.newsmarkEngine}, marks: ${reported.newsmarkMarks}`);
  assert.equal(reported.newsmarkState, 'ready', reported.newsmarkError);
  assert.equal(reported.newsmarkEngine, 'wasm');
  assert.ok(Number(reported.newsmarkMarks) > 10, `only ${reported.newsmarkMarks} marks`);
  const painted = await paintedState(page);
  assert.ok(painted.ranges > 10, JSON.stringify(painted));
  // Only the article is marked: the related links and the footer are not.
  const outside = await page.evaluate(() => {
    const article = document.querySelector('article');
    let count = 0;
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) if (!article.contains(range.commonAncestorContainer)) count++;
    }
    return count;
  });
  assert.equal(outside, 0);
  const names = Object.keys(painted.highlights);
  assert.ok(names.includes('nm-person'), names.join());
  assert.ok(names.includes('nm-figure'), names.join());
  assert.deepEqual(problems, []);
  await context.close();
});

test('an empty data-newsmark finds the article by itself', async () => {
  const { page, context, problems, reported } = await openEmbed(server.url('/examples/embed/auto.html'));
  assert.equal(reported.newsmark, '');
  assert.equal(reported.newsmarkState, 'ready', reported.newsmarkError);
  const where = await page.evaluate(() => {
    const article = document.querySelector('article');
    let inside = 0;
    let outside = 0;
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) {
        if (article.contains(range.commonAncestorContainer)) inside++;
        else outside++;
      }
    }
    return { inside, outside };
  });
  assert.ok(where.inside > 10, JSON.stringify(where));
  assert.equal(where.outside, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('<news-mark> elements highlight their own content with their own options', async (t) => {
  const { page, context, problems } = await openEmbed(server.url(ELEMENT_PAGE), 'news-mark#harbour');
  await page.waitForSelector('news-mark#tram[data-newsmark-state="ready"]', { state: 'attached' });
  const state = await page.evaluate(() => [...document.querySelectorAll('news-mark')].map((element) => ({
    id: element.id,
    state: element.dataset.newsmarkState,
    engine: element.dataset.newsmarkEngine,
    marks: element.handle.marks.length,
    outside: element.handle.marks.filter((mark) => !element.contains(element.handle.rangeOf(mark)?.commonAncestorContainer)).length,
  })));
  for (const element of state) {
    t.diagnostic(`${element.id}: engine ${element.engine}, ${element.marks} marks`);
    assert.equal(element.state, 'ready', element.id);
    assert.equal(element.engine, 'wasm', element.id);
    assert.ok(element.marks > 2, `${element.id}: ${element.marks} marks`);
    assert.equal(element.outside, 0, element.id);
  }
  // data-categories="actors,figures": the attributions of #harbour are found but not painted.
  const attributionPaint = await page.evaluate(() => Object.fromEntries(['harbour', 'tram'].map((id) => {
    const { handle } = document.getElementById(id);
    const marks = handle.marks.filter((mark) => ['quote', 'source', 'cue'].includes(mark.role));
    const painted = marks.filter((mark) => CSS.highlights.get(mark.style)?.has(handle.rangeOf(mark)));
    return [id, { found: marks.length, painted: painted.length }];
  })));
  assert.ok(attributionPaint.harbour.found > 0, JSON.stringify(attributionPaint));
  assert.equal(attributionPaint.harbour.painted, 0);
  assert.equal(attributionPaint.tram.painted, attributionPaint.tram.found);
  assert.ok(attributionPaint.tram.found > 0);
  // Removing an element removes its highlighting and nothing else.
  const before = (await paintedState(page)).ranges;
  const harbourMarks = await page.evaluate(() => document.querySelector('#harbour').handle.marks.length);
  const afterRemoval = await page.evaluate(async () => {
    document.querySelector('#harbour').remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    let ranges = 0;
    for (const [, highlight] of CSS.highlights) ranges += highlight.size;
    return ranges;
  });
  assert.ok(afterRemoval < before, `${afterRemoval} ranges after removing #harbour, ${before} before`);
  assert.ok(afterRemoval > 0, 'the other element keeps its marks');
  assert.ok(before - afterRemoval <= harbourMarks);
  assert.deepEqual(problems, []);
  await context.close();
});

test('under script-src \'self\' the JavaScript engine runs and paints the same marks', async (t) => {
  const normal = await openEmbed(server.url(EMBED_PAGE));
  const expected = await paintedRanges(normal.page);
  await normal.context.close();

  const strict = await openEmbed(server.url('/examples/embed/strict.html'));
  assert.equal(strict.reported.newsmarkState, 'ready', strict.reported.newsmarkError);
  t.diagnostic(`engine under the strict CSP: ${strict.reported.newsmarkEngine}`);
  assert.equal(strict.reported.newsmarkEngine, 'js');
  assert.deepEqual(await paintedRanges(strict.page), expected);
  // Chromium logs the refused wasm compilation itself; nothing else may go wrong.
  const problems = strict.problems.filter((problem) => !/^console: .*(WebAssembly|wasm).*(Content Security Policy|unsafe-eval)/i.test(problem));
  assert.deepEqual(problems, []);
  assert.ok(!strict.problems.some((p) => p.startsWith('pageerror')));
  await strict.context.close();
});

test('a page carrying W3C annotations is painted without the core, with the same marks', async (t) => {
  // The reference: the page highlighted by the core, and its marks as W3C annotations.
  const { page, context } = await openPage(browser);
  await page.addInitScript(() => {
    document.addEventListener('newsmark:ready', (event) => { window.readyHandle = event.detail.handle; });
  });
  await page.goto(server.url(EMBED_PAGE));
  await page.waitForFunction(() => window.readyHandle);
  const expected = await paintedRanges(page);
  const annotations = await page.evaluate(async () => {
    const { toW3C } = await import('/dist/newsmark.js');
    return JSON.stringify(toW3C(window.readyHandle.result, window.readyHandle.text, { source: location.href }));
  });
  await context.close();
  assert.ok(expected.length > 10);

  // The pre-annotated page: same article, annotations inline, no wasm allowed.
  const body = exampleHtml.replace(
    /<script type="module"[^>]*><\/script>/,
    `<script type="application/ld+json" id="newsmark-annotations">${annotations.replace(/</g, '\\u003c')}</script>
<script type="module" src="/dist/newsmark.js" data-newsmark="article" data-annotations="#newsmark-annotations"></script>`,
  ).replace('href="site.css"', 'href="/examples/embed/site.css"');
  assert.notEqual(body, exampleHtml);
  const local = await startShipServer({
    pages: { '/pre.html': { body, headers: { 'content-security-policy': STRICT_CSP } } },
  });
  try {
    const pre = await openPage(browser);
    const wasmCompiles = [];
    await pre.page.exposeFunction('reportCompile', (what) => wasmCompiles.push(what));
    await pre.page.addInitScript(() => {
      // Any attempt to run the core would show up here.
      for (const name of ['compile', 'instantiate', 'compileStreaming', 'instantiateStreaming']) {
        const original = WebAssembly[name];
        WebAssembly[name] = (...args) => { window.reportCompile(name); return original.apply(WebAssembly, args); };
      }
    });
    await pre.page.goto(local.url('/pre.html'));
    await pre.page.waitForSelector('script[data-newsmark][data-newsmark-state="ready"], script[data-newsmark][data-newsmark-state="error"]', { state: 'attached' });
    const reported = await pre.page.$eval('script[data-newsmark]', (element) => ({ ...element.dataset }));
    assert.equal(reported.newsmarkState, 'ready', reported.newsmarkError);
    t.diagnostic(`engine: ${reported.newsmarkEngine}, ${expected.length} ranges`);
    assert.equal(reported.newsmarkEngine, 'w3c');
    assert.deepEqual(await paintedRanges(pre.page), expected);
    assert.deepEqual(wasmCompiles, []);
    assert.deepEqual(pre.problems, []);
    await pre.context.close();
  } finally {
    await local.close();
  }
});

test('the pre-annotated example paints its published annotations', async () => {
  const { page, context, problems } = await openPage(browser);
  await page.addInitScript(() => {
    document.addEventListener('newsmark:ready', (event) => { window.readyHandle = event.detail.handle; });
  });
  await page.goto(server.url('/examples/embed/preannotated.html'));
  await page.waitForSelector('script[data-newsmark][data-newsmark-state="ready"], script[data-newsmark][data-newsmark-state="error"]', { state: 'attached' });
  const reported = await page.$eval('script[data-newsmark]', (element) => ({ ...element.dataset }));
  assert.equal(reported.newsmarkState, 'ready', reported.newsmarkError);
  assert.equal(reported.newsmarkEngine, 'w3c');
  // Written for the text the command line extracts, the annotations all anchor in the page's text.
  const anchored = await page.evaluate(() => ({ unanchored: window.readyHandle.result.unanchored, marks: window.readyHandle.marks.length }));
  assert.equal(anchored.unanchored, 0);
  assert.ok(anchored.marks > 10, JSON.stringify(anchored));
  assert.ok((await paintedState(page)).ranges > 10);
  assert.deepEqual(problems, []);
  await context.close();
});

// The built widget (dist/) with the real core on every saved news page in
// shared/data/pages, loaded with the pages' own scripts off: the article is
// found and highlighted on both painting paths, the page shows no errors,
// its text is unchanged while highlighted and its markup is byte-identical
// after clear(). Screenshots go to build/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { newPage, PAGES_DIR, REPO } from './serve.mjs';
import { useBrowser } from './hooks.mjs';

const PAGES = readdirSync(PAGES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
const SCREENSHOTS = path.join(REPO, 'build/screenshots');

const env = useBrowser();

// Runs in the page: highlights the article on one painting path and checks it.
async function highlightAndCheck({ bundleUrl, fallback }) {
  const { load } = await import(bundleUrl);
  const nm = await load();
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  const html = document.body.innerHTML;
  const text = document.body.innerText;
  const handle = await nm.highlight(undefined, { fallback });
  const wrong = handle.marks
    .filter((mark) => squash(handle.rangeOf(mark).toString()) !== squash(mark.text ?? handle.text.slice(mark.start, mark.end)))
    .map((mark) => `${mark.role} "${mark.text}" painted as "${handle.rangeOf(mark).toString()}"`);
  const report = {
    engine: nm.engine,
    mode: handle.mode,
    articleLength: handle.text.length,
    marks: handle.marks.length,
    wrong: wrong.slice(0, 5),
    textKept: document.body.innerText === text,
  };
  handle.clear();
  report.htmlRestored = document.body.innerHTML === html;
  report.leftovers = document.querySelectorAll('newsmark-ui, newsmark-mark').length + CSS.highlights.size;
  return report;
}

for (const name of PAGES) {
  test(`page ${name}`, async () => {
    const { page, context, problems } = await newPage(env.browser, env.server.origin);
    await page.goto(`${env.server.origin}/pages/${name}/`, { waitUntil: 'load' });
    const marks = [];
    for (const fallback of [false, true]) {
      const report = await page.evaluate(highlightAndCheck, { bundleUrl: env.bundle, fallback });
      const label = `${name} (${fallback ? 'wrap' : 'highlight'})`;
      assert.equal(report.mode, fallback ? 'wrap' : 'highlight', label);
      assert.ok(report.articleLength > 200, `${label}: article text of ${report.articleLength} characters`);
      assert.deepEqual(report.wrong, [], `${label}: painted text differs from the contract`);
      assert.ok(report.textKept, `${label}: innerText changed while highlighted`);
      assert.ok(report.htmlRestored, `${label}: body.innerHTML differs after clear()`);
      assert.equal(report.leftovers, 0, `${label}: widget elements or highlights left behind`);
      marks.push(report.marks);
    }
    assert.equal(marks[0], marks[1], `${name}: both paths paint the same marks`);
    assert.deepEqual(problems, [], `${name}: page or console errors`);
    await context.close();
  });
}

test('screenshots: a news page (light) and the example page (dark)', async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const light = await newPage(env.browser, env.server.origin);
  await light.page.goto(`${env.server.origin}/pages/wapo-1/`, { waitUntil: 'load' });
  const point = await light.page.evaluate(async (bundleUrl) => {
    const { load } = await import(bundleUrl);
    const nm = await load();
    const handle = await nm.highlight(undefined, { panelOpen: true });
    // An attribution's reporting verb: its card shows who says what.
    const mark = handle.marks.find((m) => m.role === 'cue' && m.item.source && m.item.content.length) ?? handle.marks[0];
    handle.rangeOf(mark).startContainer.parentElement.scrollIntoView({ block: 'center' });
    const rect = handle.rangeOf(mark).getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, env.bundle);
  await light.page.mouse.move(point.x, point.y);
  await light.page.locator('newsmark-ui .card').waitFor({ state: 'visible' });
  await light.page.screenshot({ path: path.join(SCREENSHOTS, 'wapo-1-light.png'), caret: 'initial' });
  assert.deepEqual(light.problems, []);
  await light.context.close();

  const dark = await newPage(env.browser, env.server.origin, { colorScheme: 'dark' });
  await dark.page.goto(`${env.server.origin}/examples/basic.html`, { waitUntil: 'load' });
  await dark.page.waitForFunction(() => window.newsmarkExample?.handle);
  const panelBackground = await dark.page.evaluate(() => getComputedStyle(document.querySelector('newsmark-ui').shadowRoot.querySelector('.panel')).backgroundColor);
  await dark.page.screenshot({ path: path.join(SCREENSHOTS, 'basic-dark.png'), caret: 'initial' });
  const [r, g, b] = panelBackground.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark page, panel background ${panelBackground}`);
  assert.deepEqual(dark.problems, []);
  await dark.context.close();
});

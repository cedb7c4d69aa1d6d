// The widget's DOM work in headless Chromium, on a page written for these
// tests (examples/pages/harbour.html), with a stand-in core whose answers are
// known in advance: text model, both painting paths, exact clearing, cards,
// panel, toggles, late content, cancellation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './serve.mjs';
import { useBrowser } from './hooks.mjs';

const env = useBrowser();

const ACTORS = [
  { name: 'Mara Lindqvist', kind: 'person', role: 'mayor', aliases: ['Lindqvist'] },
  { name: 'Tomas Okafor', kind: 'person', aliases: ['Okafor'] },
  { name: 'Helen Achterberg', kind: 'person' },
  { name: 'Avel Harbour Authority', kind: 'organization' },
  { name: 'Port Avel', kind: 'place' },
];

/** Opens the harbour page with the widget loaded on the stand-in core as `window.nm`. */
async function openHarbour(contextOptions) {
  const opened = await newPage(env.browser, env.server.origin, contextOptions);
  await opened.page.goto(`${env.server.origin}/examples/pages/harbour.html`);
  await opened.page.evaluate(async ({ bundleUrl, actors }) => {
    const { load } = await import(bundleUrl);
    const { createFakeCore } = await import('/tests/browser/fixtures/fake-core.js');
    window.fakeCore = createFakeCore({ actors });
    window.nm = await load({ core: window.fakeCore });
    window.story = document.getElementById('story');
  }, { bundleUrl: env.bundle, actors: ACTORS });
  return opened;
}

for (const fallback of [false, true]) {
  const path = fallback ? 'wrapping fallback' : 'Highlight API';

  test(`${path}: marks cover exactly the contract's spans and clear() restores the page`, async () => {
    const { page, context, problems } = await openHarbour();
    const report = await page.evaluate(async (fallback) => {
      const html = document.body.innerHTML;
      const text = document.body.innerText;
      const handle = await nm.highlight(story, { fallback });
      const spans = handle.marks.map((mark) => [handle.rangeOf(mark).toString(), handle.text.slice(mark.start, mark.end)]);
      const whileShown = { text: document.body.innerText, wrappers: document.querySelectorAll('newsmark-mark').length };
      handle.clear();
      return {
        mode: handle.mode, spans, textKept: whileShown.text === text, wrappers: whileShown.wrappers,
        htmlRestored: document.body.innerHTML === html, ui: document.querySelectorAll('newsmark-ui').length,
        highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length,
      };
    }, fallback);
    assert.equal(report.mode, null, 'a cleared handle reports no mode');
    assert.ok(report.spans.length >= 20, `expected the stand-in's marks, got ${report.spans.length}`);
    for (const [painted, expected] of report.spans) assert.equal(painted, expected);
    assert.ok(report.textKept, 'innerText changed while highlighted');
    assert.equal(report.wrappers > 0, fallback, 'wrappers exist only on the fallback path');
    assert.ok(report.htmlRestored, 'body.innerHTML differs after clear()');
    assert.deepEqual([report.ui, report.highlights], [0, 0]);
    // The shared highlight rules stay a moment (re-adding them restyles the page), then go.
    assert.ok(report.sheets <= 1);
    await page.waitForFunction(() => document.adoptedStyleSheets.length === 0, null, { timeout: 15000 });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${path}: hovering a name shows its card, and the card steps through mentions`, async () => {
    const { page, context, problems } = await openHarbour();
    const point = await page.evaluate(async (fallback) => {
      // Hit-testing must not depend on highlightsFromPoint.
      if (CSS.highlights.highlightsFromPoint) CSS.highlights.highlightsFromPoint = undefined;
      window.handle = await nm.highlight(story, { fallback });
      const mark = handle.marks.find((m) => m.role === 'actor' && m.item.name === 'Tomas Okafor');
      const rect = handle.rangeOf(mark).getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, fallback);
    await page.mouse.move(point.x, point.y);
    const card = page.locator('newsmark-ui .card');
    await card.waitFor({ state: 'visible' });
    const text = await card.textContent();
    assert.match(text, /Tomas Okafor/);
    assert.match(text, /Mentions3/);
    assert.match(text, /1 of 3/);
    // A hover card goes when the pointer leaves the mark, and comes back.
    await page.mouse.move(2, 890);
    await card.waitFor({ state: 'hidden' });
    await page.mouse.move(point.x, point.y);
    await card.waitFor({ state: 'visible' });
    await card.getByRole('button', { name: 'Next mention' }).click();
    await page.waitForFunction(() => /2 of 3/.test(document.querySelector('newsmark-ui').shadowRoot.querySelector('.card').textContent));
    // The card sits right below (or above) the second mention, once scrolling has settled.
    await page.waitForFunction(() => {
      const box = document.querySelector('newsmark-ui').shadowRoot.querySelector('.card').getBoundingClientRect();
      const second = handle.marks.filter((m) => m.role === 'actor' && m.item.name === 'Tomas Okafor')[1];
      const rect = handle.rangeOf(second).getBoundingClientRect();
      return Math.abs(box.top - rect.bottom - 6) <= 1 || Math.abs(rect.top - box.bottom - 6) <= 1;
    });
    // Stepping pinned the card: it stays until a click elsewhere.
    await page.mouse.move(2, 890);
    await page.waitForTimeout(400);
    assert.ok(await card.isVisible());
    await page.mouse.click(2, 890);
    await card.waitFor({ state: 'hidden' });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a click pins a figure card; a quote card names the speaker and gives the whole quote', async () => {
  const { page, context, problems } = await openHarbour();
  // A point on the first line of the first mark of `role` whose text starts with `prefix`.
  const centre = async (role, prefix) => page.evaluate(([role, prefix]) => {
    const mark = handle.marks.find((m) => m.role === role && m.text.startsWith(prefix));
    const rect = handle.rangeOf(mark).getClientRects()[0];
    return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }, [role, prefix]);
  await page.evaluate(async () => {
    window.handle = await nm.highlight(story);
  });
  const card = page.locator('newsmark-ui .card');
  const figure = await centre('figure', '18 percent');
  await page.mouse.click(figure.x, figure.y);
  await card.waitFor({ state: 'visible' });
  assert.match(await card.textContent(), /18 percent.*Value18/);
  await page.mouse.move(2, 890);
  await page.waitForTimeout(400);
  assert.ok(await card.isVisible(), 'a pinned card stays when the pointer leaves');
  await page.mouse.click(2, 890);
  await card.waitFor({ state: 'hidden' });

  const quote = await centre('quote', 'We were promised');
  await page.mouse.move(quote.x, quote.y);
  await card.waitFor({ state: 'visible' });
  const text = await card.textContent();
  assert.match(text, /^.?Tomas Okafor/);
  assert.match(text, /Direct quote/);
  assert.match(text, /Cuesaid/);
  assert.match(text, /We were promised cheaper crossings, not dearer ones/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the text model keeps names across inline markup, splits blocks and skips non-prose', async () => {
  const { page, context } = await openHarbour();
  const text = await page.evaluate(async () => (await nm.highlight(story, { panel: false })).text);
  assert.match(text, /Mayor Mara Lindqvist said/, 'a link inside a name');
  assert.match(text, /Tomas Okafor, who leads/, 'a name split over two <em>');
  assert.match(text, /affordable”\.\nLindqvist\nOkafor and/, '<br> becomes a line break');
  assert.match(text, /of the harbour\.\n\nMayor/, 'paragraphs are separate blocks');
  assert.match(text, /Cost: 42 million\n\nJobs: 1,200/, 'list items are separate blocks');
  for (const hidden of ['storyLoaded', 'hidden-note', 'in noscript', 'aria-hidden block', 'in a template', 'Okafor is wrong', 'Lindqvist is right']) {
    assert.ok(!text.includes(hidden), `${hidden} should not be read`);
  }
  assert.ok(!text.includes('Most read'), 'only the given element is read');
  await context.close();
});

test('offsets are UTF-16: a name after an emoji and a macron is painted exactly', async () => {
  const { page, context } = await openHarbour();
  const painted = await page.evaluate(async () => {
    const handle = await nm.highlight(story, { panel: false });
    const after = handle.text.indexOf('🚢');
    return handle.marks.filter((m) => m.start > after).map((m) => handle.rangeOf(m).toString());
  });
  assert.deepEqual(painted.slice(0, 2), ['Lindqvist', '250']);
  await context.close();
});

test('the Highlight API path never touches the page DOM', async () => {
  const { page, context } = await openHarbour();
  const changes = await page.evaluate(async () => {
    const records = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const handle = await nm.highlight(story);
    handle.clear();
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    return records.length;
  });
  assert.equal(changes, 0);
  await context.close();
});

test('load() prepares the UI fonts and leaves the page as it found it', async () => {
  const opened = await newPage(env.browser, env.server.origin);
  await opened.page.goto(`${env.server.origin}/examples/pages/harbour.html`);
  const report = await opened.page.evaluate(async (bundleUrl) => {
    const html = document.documentElement.outerHTML;
    const { load } = await import(bundleUrl);
    const { createFakeCore } = await import('/tests/browser/fixtures/fake-core.js');
    const added = [];
    const observer = new MutationObserver((list) => {
      for (const record of list) for (const node of record.addedNodes) added.push(node.localName);
    });
    observer.observe(document.documentElement, { childList: true });
    await load({ core: createFakeCore({ actors: [] }) });
    observer.disconnect();
    return { same: document.documentElement.outerHTML === html, added, left: document.querySelectorAll('newsmark-ui').length };
  }, env.bundle);
  // The UI host was laid out once (that is what loads its fonts) and is gone again.
  assert.deepEqual(report.added, ['newsmark-ui']);
  assert.equal(report.left, 0);
  assert.ok(report.same, 'the page markup changed');
  assert.deepEqual(opened.problems, []);
  await opened.context.close();
});

test('the idle warm-up reads its own sample page a few rounds, stops when told, and never touches the page', async () => {
  const opened = await newPage(env.browser, env.server.origin);
  await opened.page.goto(`${env.server.origin}/examples/pages/harbour.html`);
  const report = await opened.page.evaluate(async (bundleUrl) => {
    const html = document.documentElement.outerHTML;
    const { loadCore } = await import(bundleUrl);
    const { warmUpWhenIdle } = await import('/web/warm-up.js');
    const real = await loadCore();
    const counting = () => {
      const core = { ...real, calls: 0 };
      core.annotate = (text, layers) => {
        core.calls++;
        return real.annotate(text, layers);
      };
      return core;
    };
    const until = async (done) => {
      for (let waited = 0; !done() && waited < 10000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
    // Left alone, it runs its rounds and ends.
    const free = counting();
    warmUpWhenIdle(free, window);
    const atOnce = free.calls;
    await until(() => free.calls >= 10);
    await settle();
    // Stopped before its start, it does nothing; stopped after a round, no more.
    const early = counting();
    warmUpWhenIdle(early, window)();
    const late = counting();
    const stop = warmUpWhenIdle(late, window);
    await until(() => late.calls > 0);
    stop();
    const lateAtStop = late.calls;
    await settle();
    return { atOnce, free: free.calls, early: early.calls, late: late.calls, lateAtStop, same: document.documentElement.outerHTML === html };
  }, env.bundle);
  assert.equal(report.atOnce, 0, 'a round ran before load() could return');
  assert.equal(report.free, 10);
  assert.equal(report.early, 0);
  assert.equal(report.late, report.lateAtStop);
  assert.ok(report.late >= 1 && report.late < 10);
  assert.ok(report.same, 'the page markup changed');
  assert.deepEqual(opened.problems, []);
  await opened.context.close();
});

test('an unchanged page is not read again; a changed one is', async () => {
  const opened = await newPage(env.browser, env.server.origin);
  await opened.page.goto(`${env.server.origin}/examples/pages/harbour.html`);
  const report = await opened.page.evaluate(async (bundleUrl) => {
    const { load, loadCore } = await import(bundleUrl);
    const real = await loadCore();
    let finds = 0;
    const core = { ...real, annotate: real.annotate, findArticle: (tree) => { finds++; return real.findArticle(tree); } };
    const nm = await load({ core });
    const first = nm.findArticle();
    first.blocks.length = 0; // a caller's copy: changing it changes nothing inside
    const again = nm.findArticle();
    const findsUnchanged = finds;
    const handle = await nm.highlight(undefined, { observe: false });
    handle.clear();
    const findsAfterHighlight = finds;
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Late news: the harbour board met again on Friday and agreed to keep the night ferry.';
    again.blocks[again.blocks.length - 1].after(paragraph);
    const changed = nm.findArticle();
    const result = {
      findsUnchanged, findsAfterHighlight, findsAfterChange: finds,
      sameBlocks: again.blocks.length > 0 && again.element === nm.findArticle().element,
      seesNewParagraph: changed.blocks.includes(paragraph),
    };
    paragraph.remove();
    return result;
  }, env.bundle);
  assert.equal(report.findsUnchanged, 1, 'the second findArticle() read the page again');
  assert.equal(report.findsAfterHighlight, 1, 'highlight() on the unchanged page read it again');
  assert.equal(report.findsAfterChange, 2, 'a changed page must be read again');
  assert.ok(report.sameBlocks);
  assert.ok(report.seesNewParagraph, 'the new paragraph is part of the article');
  assert.deepEqual(opened.problems, []);
  await opened.context.close();
});

test('highlight() is idempotent and a second call replaces the first', async () => {
  const { page, context } = await openHarbour();
  const report = await page.evaluate(async () => {
    const first = await nm.highlight(story);
    const sizes = () => [...CSS.highlights].map(([name, h]) => `${name}:${h.size}`).sort().join(' ');
    const once = sizes();
    const second = await nm.highlight(story);
    const twice = sizes();
    // Two calls at once: the later one wins, nothing is painted twice.
    const [early, late] = await Promise.all([nm.highlight(story, { fallback: true }), nm.highlight(story, { fallback: true })]);
    const racing = { early: early.mode, late: late.mode, hosts: document.querySelectorAll('newsmark-ui').length,
      nested: document.querySelectorAll('newsmark-mark newsmark-mark').length };
    late.clear();
    const afterRace = document.querySelectorAll('newsmark-mark').length;
    const again = await nm.highlight(story);
    const thrice = sizes();
    second.clear();
    const firstMode = first.mode;
    again.clear();
    return { once, twice, thrice, racing, afterRace, firstMode, ui: document.querySelectorAll('newsmark-ui').length, left: CSS.highlights.size };
  });
  assert.equal(report.once, report.twice);
  assert.equal(report.once, report.thrice);
  assert.deepEqual(report.racing, { early: null, late: 'wrap', hosts: 1, nested: 0 });
  assert.equal(report.afterRace, 0);
  assert.equal(report.firstMode, null, 'the first handle was cleared');
  assert.equal(report.ui, 0);
  assert.equal(report.left, 0);
  await context.close();
});

test('the panel lists actors in the contract order, figures and who said what', async () => {
  const { page, context, problems } = await openHarbour();
  const expected = await page.evaluate(async () => {
    window.handle = await nm.highlight(story, { panelOpen: true });
    return handle.result.actors.map((actor) => actor.name);
  });
  const panel = page.locator('newsmark-ui .panel');
  const actorNames = await panel.locator('ul[aria-labelledby="nm-h-actors"] .name').allTextContents();
  assert.deepEqual(actorNames, expected);
  assert.equal(actorNames[0], 'Mara Lindqvist');
  const speakers = await panel.locator('.speaker').allTextContents();
  assert.deepEqual(speakers, ['Mara Lindqvist', 'Tomas Okafor']);
  assert.match(await panel.locator('.said').first().textContent(), /biggest decision/);
  // Clicking an entry brings its first mention into view.
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await panel.getByRole('button', { name: /^Helen Achterberg/ }).click();
  await page.waitForFunction(() => {
    const mark = handle.marks.find((m) => m.item.name === 'Helen Achterberg');
    const rect = handle.rangeOf(mark).getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= innerHeight;
  });
  assert.deepEqual(problems, []);
  await context.close();
});

test('category switches hide and show a category on both paths', async () => {
  for (const fallback of [false, true]) {
    const { page, context } = await openHarbour();
    await page.evaluate(async (fallback) => {
      window.handle = await nm.highlight(story, { fallback, panelOpen: true });
    }, fallback);
    const figureBackground = () => page.evaluate(() => {
      const mark = handle.marks.find((m) => m.role === 'figure');
      if (handle.mode === 'highlight') return CSS.highlights.get('nm-figure')?.has(handle.rangeOf(mark)) ?? false;
      const wrapper = handle.rangeOf(mark).startContainer.childNodes[handle.rangeOf(mark).startOffset];
      return getComputedStyle(wrapper).backgroundColor !== 'rgba(0, 0, 0, 0)';
    });
    assert.equal(await figureBackground(), true);
    const box = page.locator('newsmark-ui input[data-category="figures"]');
    await box.uncheck();
    assert.equal(await figureBackground(), false, `figures still painted (${fallback ? 'wrap' : 'highlight'})`);
    await box.check();
    assert.equal(await figureBackground(), true);
    await context.close();
  }
});

test('the panel works from the keyboard and is labelled for screen readers', async () => {
  const { page, context } = await openHarbour();
  await page.evaluate(async () => {
    window.handle = await nm.highlight(story);
  });
  const toggle = page.locator('newsmark-ui .toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const first = page.getByRole('button', { name: /^Mara Lindqvist, person, 4 mentions/ });
  await first.focus();
  // Focusing an entry shows its card.
  await page.locator('newsmark-ui .card').waitFor({ state: 'visible' });
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => document.querySelector('newsmark-ui').shadowRoot.activeElement.getAttribute('aria-label'));
  assert.match(focused, /^Tomas Okafor, person/);
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('newsmark-ui [role="complementary"]').getAttribute('aria-label'), 'newsmark: actors, figures and quotes');
  await context.close();
});

for (const fallback of [false, true]) {
  test(`late content is annotated again, once, without loops (${fallback ? 'wrapping' : 'Highlight API'})`, async () => {
    const { page, context, problems } = await openHarbour();
    const before = await page.evaluate(async (fallback) => {
      window.handle = await nm.highlight(story, { fallback });
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Later, Helen Achterberg met Mara Lindqvist at the quay.';
      story.append(paragraph);
      return { marks: handle.marks.length, calls: fakeCore.calls };
    }, fallback);
    await page.waitForFunction((count) => handle.marks.length > count, before.marks);
    const settled = await page.evaluate(() => fakeCore.calls);
    assert.equal(settled, before.calls + 1, 'one new annotation for one change');
    // Our own painting must not trigger another round.
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => fakeCore.calls), settled);
    const restored = await page.evaluate(() => {
      const added = story.lastElementChild;
      handle.clear();
      return added.outerHTML === '<p>Later, Helen Achterberg met Mara Lindqvist at the quay.</p>';
    });
    assert.ok(restored);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('an AbortSignal cancels work in progress and clears a finished highlight', async () => {
  const { page, context } = await openHarbour();
  const report = await page.evaluate(async () => {
    const html = document.body.innerHTML;
    const early = new AbortController();
    early.abort();
    let earlyError = null;
    await nm.highlight(story, { signal: early.signal }).catch((error) => (earlyError = error.name));
    const late = new AbortController();
    const handle = await nm.highlight(story, { signal: late.signal, fallback: true });
    const painted = document.querySelectorAll('newsmark-mark').length;
    late.abort();
    return { earlyError, painted, mode: handle.mode, restored: document.body.innerHTML === html, ui: document.querySelectorAll('newsmark-ui').length };
  });
  assert.equal(report.earlyError, 'AbortError');
  assert.ok(report.painted > 0);
  assert.equal(report.mode, null);
  assert.ok(report.restored);
  assert.equal(report.ui, 0);
  await context.close();
});

test('a dark page gets the dark palette, and the widget leaks no globals', async () => {
  const { page, context } = await openHarbour({ colorScheme: 'dark' });
  const report = await page.evaluate(async () => {
    const globals = new Set(Object.keys(window));
    document.body.style.background = '#121212';
    document.body.style.color = '#eee';
    const handle = await nm.highlight(story, { panelOpen: true });
    const panel = document.querySelector('newsmark-ui').shadowRoot.querySelector('.panel');
    const leaked = Object.keys(window).filter((key) => !globals.has(key) && key !== 'handle');
    const background = getComputedStyle(panel).backgroundColor;
    handle.clear();
    return { background, leaked };
  });
  const [r, g, b] = report.background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `panel background ${report.background} is not dark`);
  assert.deepEqual(report.leaked, []);
  await context.close();
});

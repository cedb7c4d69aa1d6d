// Runs the reading path at load on a short article written here, so that the
// first highlight() on a real page does not pay for compiling it: browsers
// compile a wasm function on its first call and optimise JS and wasm only
// after they have run a while. Nothing is painted and the page is not read.
import { findArticle } from './find-article.js';
import { buildTextMap, resolveSpans, toRange } from './text-map.js';
import { marksFromResult } from './marks.js';

const HEADLINE = 'Harbour Lines adds night ferries after record summer';
const PARAGRAPHS = [
  '“We carried 1.2 million passengers between June and August, up 14% on last year,” said Anna Berg, ' +
    'the chief executive of Harbour Lines, on Monday.',
  'The company will run two night ferries from Lund to Malmö from April 8, 2027, according to a statement ' +
    'published by the port authority.',
  'Transport minister Erik Sand told reporters that the government would pay about €3 million of the cost, ' +
    'and that at least 40 new crew members would be hired.',
  'Critics say the plan does little for the islands. “Nobody asked us,” Berg admitted later, adding that ' +
    'tickets would cost between 12 and 15 euros.',
  // Shapes the first four do not reach (a currency code, a dash aside, a
  // pronoun source, a relative clause, a report by an outlet), so that their
  // code is compiled here rather than in the first highlight().
  'Officials said the ministry had set aside USD 12 million in 2026, about 3.5 per cent more than planned — ' +
    'a figure the opposition disputed.',
  '“It is a good day for the islands,” he told the Lund Courier on Friday. “We waited 20 years for this.”',
  'The Nordic Ferry Union, which represents 4,000 workers, warned that fares could double by 2028, ' +
    'according to a report by Reuters.',
  'Asked about the cost, Sand said: “Between €10m and €15m, no more.” Two mayors, including Lars Ek of Ystad, ' +
    'have called the deal reckless.',
];
// Lines of page furniture around the article: a byline, a date line, a caption
// and a related link, which the article finder reads and leaves out.
const BYLINE = 'By Anna Berg and Erik Sand';
const DATE_LINE = '8 April 2027, 10:42am';
const CAPTION = 'A night ferry leaves Lund harbour (Harbour Lines)';
const RELATED = 'Related: Ferry fares rise again';
const FURNITURE = ['Home', 'World', 'Business', 'Sport', 'Subscribe to our newsletter'];
// Enough rounds for the hot paths to be compiled, few enough to stay a short task.
const ROUNDS = 3;
// Idle rounds after load(): enough for the optimising compilers to take over
// the hot paths (about 3 ms each once optimised).
const IDLE_ROUNDS = 10;
// An idle round runs at the latest this long after the previous one.
const IDLE_TIMEOUT_MS = 1000;
// Idle rounds start this long after load(): a highlight() right after load()
// (the embed, an extension's button) would otherwise share the CPU with the
// background compiles the rounds set off, and be slower, not faster.
const IDLE_START_MS = 300;

// A small news page: navigation links, then the article.
function samplePage(implementation) {
  const doc = implementation.createHTMLDocument(HEADLINE);
  const add = (parent, tag, text, attributes = {}) => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text) element.textContent = text;
    parent.append(element);
    return element;
  };
  const nav = add(doc.body, 'nav', '');
  for (const item of FURNITURE) add(add(nav, 'li', ''), 'a', item, { href: '#' });
  const article = add(doc.body, 'article', '', { class: 'story' });
  add(article, 'h1', HEADLINE);
  add(article, 'p', BYLINE, { class: 'byline' });
  add(article, 'time', DATE_LINE);
  add(add(article, 'figure', ''), 'figcaption', CAPTION);
  for (let i = 0; i < 3; i++) for (const text of PARAGRAPHS) add(article, 'p', text);
  add(add(article, 'aside', ''), 'a', RELATED, { href: '#' });
  add(doc.body, 'footer', '© 2027 Harbour News');
  return doc;
}

// One pass of the reading path over the sample page, as highlight() reads a page.
function readSample(core, doc) {
  const article = findArticle(core, doc);
  const map = buildTextMap([article.element], new Set([article.headline, ...article.blocks]));
  const marks = marksFromResult(core.annotate(map.text));
  for (const position of resolveSpans(map, marks)) if (position) toRange(map, position);
}

/**
 * Warms `core` up; with `implementation` (a DOMImplementation) also the DOM
 * side: block tree, text model and range lookup.
 */
export function warmUp(core, implementation = null) {
  if (!implementation) {
    const text = [HEADLINE, ...PARAGRAPHS].join('\n');
    for (let round = 0; round < ROUNDS; round++) core.annotate(text);
    return;
  }
  const doc = samplePage(implementation);
  for (let round = 0; round < ROUNDS; round++) readSample(core, doc);
}

/**
 * Goes on reading the sample page in the window's idle time, one short round
 * per idle period, and returns a function that stops it. Browsers move a
 * function to their optimising compiler only after it has run a while, and
 * compile it in the background: rounds done while the reader is still reading
 * make the first highlight() about twice as fast (bench/RESULTS.md, "Idle
 * warm-up"). highlight() stops it, so it never competes with real work.
 */
export function warmUpWhenIdle(core, win) {
  let doc = null;
  let round = 0;
  let cancel = null;
  const later = (run, ms) => {
    const id = win.setTimeout(run, ms);
    cancel = () => win.clearTimeout(id);
  };
  const whenIdle = (run) => {
    if (typeof win.requestIdleCallback !== 'function') return later(run, IDLE_TIMEOUT_MS / 10);
    const id = win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    cancel = () => win.cancelIdleCallback(id);
  };
  function step() {
    doc ??= samplePage(win.document.implementation);
    readSample(core, doc);
    if (++round < IDLE_ROUNDS) whenIdle(step);
    else cancel = null;
  }
  later(() => whenIdle(step), IDLE_START_MS);
  return () => {
    cancel?.();
    cancel = null;
  };
}

// The public API: load the core, annotate text, highlight an article in the
// live page and undo it exactly. Importing this module reads the page only to
// start the no-code embedding (web/embed.js) and nothing at all outside a
// browser window, so load() and annotate() also work in Node.
import { loadCore, NewsmarkError } from './core.js';
import { findArticle as findArticleIn } from './find-article.js';
import { buildTextMap } from './text-map.js';
import { marksFromResult } from './marks.js';
import { createPainter, preparePageSheet } from './paint.js';
import { createUi, prepareUi } from './ui.js';
import { startEmbed } from './embed.js';
import { createWorkerClient } from './worker-client.js';
import { warmUp, warmUpWhenIdle } from './warm-up.js';

// The core alone (web/core.js), for callers that need no DOM part.
export { loadCore, NewsmarkError };
// W3C Web Annotations out of a result, and back in (web/w3c.js).
export { toW3C, fromW3C } from './w3c.js';

const EMPTY_RESULT = { version: 1, offsets: 'utf16', actors: [], figures: [], attributions: [], error: null };
// Work between two yields to the event loop stays well under a 50 ms long task.
const SLICE_MS = 25;
// Texts this long go to the worker when there is one: the core needs roughly a
// millisecond per thousand characters on a cold page, one long task otherwise.
const WORKER_MIN_CHARS = 32000;
const MUTATION_DEBOUNCE_MS = 400;
// A page that keeps rewriting the article (e.g. undoing our wrappers) is
// left alone after this many re-reads in a row within a minute.
const MAX_REFRESHES_PER_MINUTE = 20;

function now() {
  return globalThis.performance?.now() ?? Date.now();
}

function yieldToPage() {
  const scheduler = globalThis.scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function throwIfAborted(signal) {
  if (signal?.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
}

// A caller's copy of a found article: its lists are its own to change.
function copyArticle(article) {
  return { ...article, blocks: [...article.blocks], texts: [...article.texts] };
}

// 'dark' when the text sits on a dark background, judged from the first
// ancestor with an opaque background colour.
function pageScheme(element) {
  const win = element.ownerDocument.defaultView;
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
    const match = win.getComputedStyle(node).backgroundColor.match(/[\d.]+/g);
    if (!match || (match.length > 3 && Number(match[3]) < 0.5)) continue;
    const [r, g, b] = match.map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110 ? 'dark' : 'light';
  }
  return 'light';
}

/**
 * Loads the core and returns the API. Options go to the core loader
 * (`engine: 'js'`, `wasmBinary`, …); `core` supplies an already loaded core.
 */
export async function load(options = {}) {
  let core = options.core;
  const page = globalThis.document;
  let stopWarmUp = () => {};
  if (!core) {
    core = await loadCore(options);
    // Compiles the hot paths now rather than during the first highlight().
    warmUp(core, page?.implementation);
    if (page?.defaultView) stopWarmUp = warmUpWhenIdle(core, page.defaultView);
  }
  if (page?.defaultView?.CSSStyleSheet && page.documentElement) {
    // The page restyles once when the highlight rules arrive, and the UI's
    // fonts load on first use; better now than in the first highlight().
    preparePageSheet(page);
    prepareUi(page, pageScheme(page.body ?? page.documentElement));
  }
  const handles = new Map(); // highlighted element (or document) → handle
  let workerClient; // created on the first long text; false when there can be none

  // The core's answer for `text`, and where it was computed.
  async function annotateText(text, opts) {
    if (text.length >= WORKER_MIN_CHARS && opts.worker !== false) {
      workerClient ??= createWorkerClient(core) ?? false;
      const result = workerClient ? await workerClient.annotate(text, opts.layers) : null;
      if (result) return { result, thread: 'worker' };
    }
    return { result: core.annotate(text, opts.layers), thread: 'main' };
  }

  // The article of each document until the document changes, so that
  // highlighting an unchanged page again does not read it again. Any change
  // below <head> or <body> (ours included: wrapping) drops the entry.
  const articles = new WeakMap(); // document → {article, changed, watcher}
  function findArticle(doc = globalThis.document) {
    const known = articles.get(doc);
    if (known && !known.changed && known.watcher.takeRecords().length === 0) return copyArticle(known.article);
    known?.watcher.disconnect();
    articles.delete(doc);
    const article = findArticleIn(core, doc);
    const Watcher = doc.defaultView?.MutationObserver;
    if (Watcher) {
      const entry = { article, changed: false, watcher: null };
      entry.watcher = new Watcher(() => {
        entry.changed = true;
        entry.watcher.disconnect();
      });
      for (const root of [doc.head, doc.body]) {
        if (root) entry.watcher.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      }
      articles.set(doc, entry);
    }
    return copyArticle(article);
  }

  // Reads, annotates and paints once; returns the pieces clear() undoes.
  // `ownChanges` runs right after painting changed the DOM (wrapping), before
  // a MutationObserver could take that for a change of the article.
  async function paintOnce(element, doc, opts, signal, ownChanges) {
    let sliceStart = now();
    const pause = async () => {
      if (now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        sliceStart = now();
      }
      throwIfAborted(signal);
    };
    let roots = [element];
    let only = null;
    let observed = element;
    if (!element) {
      const article = findArticle(doc);
      if (!article?.element) throw new NewsmarkError('not_found', 'no article found in this page');
      const { headline, standfirst } = article;
      observed = article.element;
      // Headline and standfirst may sit outside the container (in document order, before it).
      const before = [headline, standfirst].filter((e) => e && !observed.contains(e) && !e.contains(observed));
      roots = [...before.filter((e, i) => !before.some((o, k) => k !== i && o.contains(e))), observed];
      if (article.blocks?.length) {
        // The headline, standfirst and body blocks the finder chose, nothing else of the container.
        only = new Set(article.blocks);
        if (headline) only.add(headline);
        if (standfirst) only.add(standfirst);
      }
    }
    await pause();
    const map = buildTextMap(roots, only);
    await pause();
    const { result, thread } = opts.resultFor ? { result: opts.resultFor(map.text), thread: 'main' }
      : map.text.trim() ? await annotateText(map.text, opts) : { result: EMPTY_RESULT, thread: 'main' };
    await pause();
    const marks = marksFromResult(result);
    const scheme = opts.scheme && opts.scheme !== 'auto' ? opts.scheme : pageScheme(observed);
    const painter = createPainter(doc, map, marks, { fallback: opts.fallback, scheme });
    ownChanges();
    try {
      for (const [category, shown] of Object.entries(opts.categories ?? {})) painter.setHidden(category, shown === false);
      await pause();
      const ui = opts.panel === false && opts.cards === false ? null : createUi(doc, result, painter, { ...opts, scheme });
      return { map, result, painter, ui, observed, thread };
    } catch (error) {
      painter.clear();
      ownChanges();
      throw error;
    }
  }

  /**
   * Highlights `element` (or, without one, the article the page holds: its
   * headline and body blocks). Options: `fallback` (wrap text instead of the
   * Highlight API), `scheme` ('auto' | 'light' | 'dark'), `panel`,
   * `panelOpen`, `cards`, `categories` ({actors, figures, attributions}:
   * false hides one), `layers` (passed to the core), `observe` (default
   * true: re-annotate when the content changes), `signal` (AbortSignal),
   * `resultFor` (text → contract result, to paint annotations made elsewhere),
   * `worker` (default true: long texts are annotated in a worker when the
   * build and the page allow one).
   * Resolves to a handle with `clear()`. Calling it again for the same
   * element replaces the earlier highlighting.
   */
  async function highlight(element, opts = {}) {
    stopWarmUp();
    const doc = element?.ownerDocument ?? globalThis.document;
    const key = element ?? doc;
    handles.get(key)?.clear();
    const { signal } = opts;
    throwIfAborted(signal);

    let state = null;
    let observer = null;
    let timer = 0;
    let cleared = false;

    // Our own wrapping and unwrapping is not a change of the article.
    const ownChanges = () => observer?.takeRecords();
    const dropState = () => {
      state?.ui?.destroy();
      state?.painter.clear();
      ownChanges();
      state = null;
    };

    // Paints one at a time: a change noticed while painting waits its turn.
    let queue = Promise.resolve();
    const repaint = () => {
      const run = queue.then(async () => {
        if (cleared) return;
        dropState();
        const next = await paintOnce(element, doc, opts, signal, ownChanges);
        if (cleared) {
          // Cleared or replaced while painting: undo what was just done.
          next.ui?.destroy();
          next.painter.clear();
          ownChanges();
          return;
        }
        state = next;
      });
      queue = run.catch(() => {});
      return run;
    };

    const handle = {
      get result() { return state?.result ?? null; },
      /** The text given to the core. */
      get text() { return state?.map.text ?? ''; },
      /** Painted marks: `{start, end, style, role, item}` in text order. */
      get marks() { return state?.painter.marks ?? []; },
      /** 'highlight' (CSS Custom Highlight API) or 'wrap' (fallback elements). */
      get mode() { return state?.painter.mode ?? null; },
      get element() { return state?.observed ?? null; },
      /** Where the core ran: 'worker' (long texts, when possible) or 'main'. */
      get thread() { return state?.thread ?? null; },
      /** The DOM Range of a mark, for scrolling or measuring. */
      rangeOf: (mark) => state?.painter.rangeOf(mark) ?? null,
      setHidden: (category, hidden) => state?.painter.setHidden(category, hidden),
      /** Reads and paints the article again. */
      async refresh() {
        await repaint();
        return handle;
      },
      /** Removes every trace of the highlighting from the page. */
      clear() {
        if (cleared) return;
        cleared = true;
        clearTimeout(timer);
        observer?.disconnect();
        dropState();
        signal?.removeEventListener('abort', onAbort);
        if (handles.get(key) === handle) handles.delete(key);
      },
    };
    const onAbort = () => handle.clear();

    // Registered before painting, so that a second call for the same element
    // replaces this one even while it is still at work.
    handles.set(key, handle);
    try {
      await repaint();
    } catch (error) {
      handle.clear();
      throw error;
    }
    if (cleared) return handle;
    signal?.addEventListener('abort', onAbort, { once: true });

    if (opts.observe !== false && typeof doc.defaultView?.MutationObserver === 'function') {
      // Late content (lazy paragraphs, "read more") is read again once the
      // page has been quiet for a moment.
      const recent = [];
      observer = new doc.defaultView.MutationObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const time = now();
          while (recent.length && time - recent[0] > 60000) recent.shift();
          recent.push(time);
          if (recent.length > MAX_REFRESHES_PER_MINUTE) observer.disconnect();
          else handle.refresh().catch(() => handle.clear());
        }, MUTATION_DEBOUNCE_MS);
      });
      observer.observe(state.observed, { childList: true, subtree: true, characterData: true });
    }
    return handle;
  }

  return {
    engine: core.engine,
    /** The contract v1 object for `text` (UTF-16 offsets). */
    annotate: (text, layers) => core.annotate(text, layers),
    findArticle,
    highlight,
  };
}

// A page that includes the bundle with <script data-newsmark> or uses
// <news-mark> needs no code of its own (web/embed.js). Outside a browser
// window (Node, workers) this does nothing.
startEmbed(load, import.meta.url).catch((error) => console.warn('newsmark:', error));

// Embedding on a news site without writing any JavaScript:
//
//   <script type="module" src="/newsmark/newsmark.js" data-newsmark="article.story"></script>
//       highlights the element the selector names (an empty data-newsmark
//       finds the article by itself) once the page has loaded;
//   <news-mark> … article markup … </news-mark>
//       highlights its own content; any number per page.
//
// Options are data attributes on either: data-categories="actors,figures"
// (the categories shown; the others start hidden), data-panel="off|on|open",
// data-cards="off", data-theme="auto|light|dark", data-engine="js" (skip
// wasm), data-fallback (wrap text instead of the Highlight API) and
// data-annotations="#id-of-a-json-script | url" (pre-annotated: paint W3C
// annotations written at publish time, without running the core).
//
// Progress shows on the element (the script tag, or <news-mark>):
// data-newsmark-state="loading|ready|error", data-newsmark-engine="wasm|js|w3c",
// data-newsmark-marks (how many marks were painted), data-newsmark-error; and
// events "newsmark:ready" (detail: the same and `handle`) / "newsmark:error"
// bubble from it.
//
// newsmark.js calls startEmbed(load) when it is imported; it does nothing
// outside a browser.
import { annotationsOf, w3cCore } from './w3c.js';

const CATEGORY_NAMES = ['actors', 'figures', 'attributions'];
const STARTED = Symbol('newsmark.started');

// One core per page and engine choice, shared by every embedded article.
const cores = new Map();

function loadShared(load, engine) {
  const key = engine === 'js' ? 'js' : 'auto';
  if (!cores.has(key)) cores.set(key, load(engine === 'js' ? { engine: 'js' } : {}));
  return cores.get(key);
}

// A page's own annotations: "#id" names a <script type="application/ld+json">
// (or application/json) element; anything else is a URL.
async function readAnnotations(reference, doc) {
  if (reference.startsWith('#')) {
    const element = doc.getElementById(reference.slice(1));
    if (!element) throw new Error(`no element ${reference} holds the annotations`);
    return annotationsOf(element.textContent);
  }
  const response = await fetch(new URL(reference, doc.baseURI));
  if (!response.ok) throw new Error(`cannot load ${reference}: HTTP ${response.status}`);
  return annotationsOf(await response.json());
}

/** highlight() options from an element's data attributes. */
export function optionsFrom(element) {
  const data = element.dataset;
  const options = {};
  if (data.categories !== undefined) {
    const shown = new Set(data.categories.split(/[\s,]+/).filter(Boolean));
    options.categories = Object.fromEntries(CATEGORY_NAMES.map((name) => [name, shown.has(name)]));
  }
  if (data.panel === 'off' || data.panel === 'false') options.panel = false;
  if (data.panel === 'open') options.panelOpen = true;
  if (data.cards === 'off' || data.cards === 'false') options.cards = false;
  if (data.theme === 'light' || data.theme === 'dark' || data.theme === 'auto') options.scheme = data.theme;
  if (data.fallback !== undefined && data.fallback !== 'false') options.fallback = true;
  return options;
}

// Shows `state` and `data` on the element; the event's detail also carries `extra`.
function report(reporter, state, data = {}, extra = {}) {
  reporter.dataset.newsmarkState = state;
  for (const [name, value] of Object.entries(data)) reporter.dataset[name] = String(value);
  const doc = reporter.ownerDocument;
  reporter.dispatchEvent(new doc.defaultView.CustomEvent(`newsmark:${state}`, { bubbles: true, detail: { ...data, ...extra } }));
}

function warnAboutEngine(engine, asked) {
  if (engine === 'js' && asked !== 'js') {
    console.info("newsmark: this page's Content-Security-Policy does not allow WebAssembly, so the slower " +
      "JavaScript engine runs; add 'wasm-unsafe-eval' to script-src to use WebAssembly.");
  }
}

/**
 * Highlights `target` (an element, or null: the article found in the page)
 * with the options of `source`'s data attributes; `reporter` shows progress.
 * Resolves to the highlight handle, or null on failure (reported, not thrown:
 * a widget must never break the page it sits on).
 */
async function run(load, { source, target, reporter, signal }) {
  const doc = reporter.ownerDocument;
  report(reporter, 'loading');
  try {
    const data = source.dataset;
    let nm;
    if (data.annotations) {
      const annotations = await readAnnotations(data.annotations, doc);
      nm = await load({ core: w3cCore(annotations) });
      // Annotations written elsewhere carry no article finder: use the page's markup.
      target ??= doc.querySelector('article, main, [role="main"]') ?? doc.body;
    } else {
      nm = await loadShared(load, data.engine);
      warnAboutEngine(nm.engine, data.engine);
    }
    if (signal?.aborted) return null;
    const handle = await nm.highlight(target ?? undefined, { ...optionsFrom(source), signal });
    report(reporter, 'ready', { newsmarkEngine: nm.engine, newsmarkMarks: handle.marks.length }, { handle });
    return handle;
  } catch (error) {
    if (error?.name === 'AbortError') return null;
    report(reporter, 'error', { newsmarkError: error?.message ?? String(error) });
    console.warn('newsmark:', error);
    return null;
  }
}

function whenParsed(doc) {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

function defineElement(load, win) {
  if (win.customElements.get('news-mark')) return;
  const OBSERVED = ['data-categories', 'data-panel', 'data-cards', 'data-theme', 'data-engine', 'data-fallback', 'data-annotations'];

  /** <news-mark>: highlights its own content while it is in the document. */
  class NewsMarkElement extends win.HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    connectedCallback() {
      this.#restart();
    }

    disconnectedCallback() {
      this.#stop();
    }

    attributeChangedCallback() {
      if (this.isConnected && this.#controller) this.#restart();
    }

    /** The highlight handle (null until ready): `marks`, `result`, `clear()`, … */
    get handle() {
      return this.#handle;
    }

    /** Resolves to the handle once the content is highlighted (null on failure). */
    get ready() {
      return this.#ready;
    }

    #controller = null;
    #handle = null;
    #ready = Promise.resolve(null);

    #stop() {
      this.#controller?.abort();
      this.#controller = null;
      this.#handle?.clear();
      this.#handle = null;
    }

    #restart() {
      this.#stop();
      const controller = new win.AbortController();
      this.#controller = controller;
      // Children are parsed after the opening tag connects: wait for them.
      this.#ready = whenParsed(this.ownerDocument)
        .then(() => (controller.signal.aborted ? null : run(load, { source: this, target: this, reporter: this, signal: controller.signal })))
        .then((handle) => {
          if (controller.signal.aborted) handle?.clear();
          else this.#handle = handle;
          return controller.signal.aborted ? null : handle;
        });
    }
  }
  win.customElements.define('news-mark', NewsMarkElement);
}

// The script tag that loaded the bundle, when it asks for auto-start.
function ownScript(doc, moduleUrl) {
  const scripts = [...doc.querySelectorAll('script[data-newsmark]')];
  // A copy hosted under another name still starts when it is the only one.
  return scripts.find((s) => s.src === moduleUrl) ?? (scripts.length === 1 ? scripts[0] : null);
}

/**
 * Browser start-up: defines <news-mark> and, for a
 * `<script data-newsmark="selector">`, highlights the page. `load` is the
 * API's load(). Resolves to the auto-start handle (or null).
 */
export async function startEmbed(load, moduleUrl = import.meta.url) {
  const win = globalThis.window;
  const doc = win?.document;
  // Node, workers and extension content scripts (no custom elements there) skip it.
  if (!doc || !win.customElements || typeof win.HTMLElement !== 'function') return null;
  defineElement(load, win);
  const script = ownScript(doc, moduleUrl);
  if (!script || script[STARTED]) return null;
  script[STARTED] = true;
  await whenParsed(doc);
  const selector = script.dataset.newsmark.trim();
  const target = selector ? doc.querySelector(selector) : null;
  if (selector && !target) {
    report(script, 'error', { newsmarkError: `no element matches ${selector}` });
    console.warn(`newsmark: no element matches ${selector}`);
    return null;
  }
  return run(load, { source: script, target, reporter: script });
}

// Paints marks on the page. With the CSS Custom Highlight API the DOM is not
// touched at all; without it (or when asked) each marked piece of text is
// wrapped in a <newsmark-mark> element, and clear() puts the very same Text
// nodes back. Also answers "which mark is under this point?" without relying
// on highlightsFromPoint, which not every engine has.
import { resolveSpans, toRange } from './text-map.js';
import { byHitOrder, categoryOf, marksAt } from './marks.js';
import { pageCss, hiddenCss } from './styles.js';

const PRIORITY = { 'nm-quote': 1, 'nm-source': 2, 'nm-cue': 2, 'nm-figure': 3, 'nm-focus': 10 };
const ONLY_SPACE = /^\s*$/;

// Highlights are registered per window under fixed names that the CSS
// refers to; several painters on one page share them.
const sharedHighlights = new WeakMap();

function highlightFor(win, name) {
  let registry = sharedHighlights.get(win);
  if (!registry) sharedHighlights.set(win, (registry = new Map()));
  let highlight = registry.get(name);
  if (!highlight) {
    highlight = new win.Highlight();
    highlight.priority = PRIORITY[name] ?? 4;
    registry.set(name, highlight);
  }
  if (!win.CSS.highlights.has(name)) win.CSS.highlights.set(name, highlight);
  return highlight;
}

function releaseHighlight(win, name) {
  const highlight = sharedHighlights.get(win)?.get(name);
  if (highlight && highlight.size === 0) win.CSS.highlights.delete(name);
}

function addRanges(win, name, ranges) {
  const highlight = highlightFor(win, name);
  for (const range of ranges) highlight.add(range);
}

function deleteRanges(win, name, ranges) {
  const highlight = sharedHighlights.get(win)?.get(name);
  if (!highlight) return;
  for (const range of ranges) highlight.delete(range);
  releaseHighlight(win, name);
}

// The highlight rules (::highlight) make the browser restyle the whole page
// when they are added or removed, so one sheet per document is shared by all
// painters and removed only a while after the last one is gone.
const pageSheets = new WeakMap();
const SHEET_LINGER_MS = 5000;

function usePageSheet(doc, scheme) {
  let entry = pageSheets.get(doc);
  if (!entry) {
    entry = { sheet: new doc.defaultView.CSSStyleSheet(), scheme: null, users: 0, timer: 0 };
    pageSheets.set(doc, entry);
  }
  clearTimeout(entry.timer);
  if (entry.scheme !== scheme) {
    entry.sheet.replaceSync(pageCss(scheme));
    entry.scheme = scheme;
  }
  if (!doc.adoptedStyleSheets.includes(entry.sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, entry.sheet];
  entry.users++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--entry.users > 0) return;
    entry.timer = setTimeout(() => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== entry.sheet);
    }, SHEET_LINGER_MS);
  };
}

/**
 * Adopts the highlight rules (light scheme) ahead of the first painter, so the
 * page's one restyle for them happens at load; unused, they go after a while.
 */
export function preparePageSheet(doc) {
  usePageSheet(doc, 'light')();
}

function rectContains(rect, x, y) {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}

export function supportsHighlights(win) {
  return Boolean(win.CSS?.highlights && typeof win.Highlight === 'function');
}

/**
 * Paints `marks` (from marksFromResult) over the text of `map`. Options:
 * `fallback` forces wrapping; `scheme` is 'light' or 'dark'.
 */
export function createPainter(doc, map, marks, { fallback = false, scheme = 'light' } = {}) {
  const win = doc.defaultView;
  const useHighlights = !fallback && supportsHighlights(win);
  const positions = resolveSpans(map, marks);
  let longest = 0;
  const hidden = new Set();
  const releasePageSheet = usePageSheet(doc, scheme);
  // Rules that hide a category on the wrapping path; adopted on first use,
  // since any change of the page's sheets costs a style pass.
  let hiddenSheet = null;

  const ranges = new Map(); // mark → Range
  const byStyle = new Map(); // style → [Range] (highlight painting)
  const wrappersOf = new Map(); // mark → [newsmark-mark] (wrap painting)
  const marksOfWrapper = new WeakMap();
  const replaced = []; // {node, parts} (wrap painting)
  let focused = [];

  if (useHighlights) {
    marks.forEach((mark, i) => {
      if (!positions[i]) return;
      const range = toRange(map, positions[i]);
      ranges.set(mark, range);
      if (!byStyle.has(mark.style)) byStyle.set(mark.style, []);
      byStyle.get(mark.style).push(range);
    });
    for (const [style, list] of byStyle) addRanges(win, style, list);
  } else {
    wrapText();
  }
  // Marks that have a place on the page (whitespace alone is never wrapped).
  const shown = marks.filter((mark) => ranges.has(mark));
  for (const mark of shown) longest = Math.max(longest, mark.end - mark.start);

  function wrapText() {
    const pieces = new Map(); // node index → [{from, to, mark}]
    marks.forEach((mark, i) => {
      const p = positions[i];
      if (!p) return;
      for (let n = p.startNode; n <= p.endNode; n++) {
        const from = n === p.startNode ? p.startOffset : 0;
        const to = n === p.endNode ? p.endOffset : map.nodes[n].length;
        if (to <= from) continue;
        if (!pieces.has(n)) pieces.set(n, []);
        pieces.get(n).push({ from, to, mark });
      }
    });
    const order = [...pieces.keys()].sort((a, b) => a - b);
    for (const n of order) {
      const node = map.nodes[n];
      const entries = pieces.get(n);
      const cuts = new Set([0, node.length]);
      for (const { from, to } of entries) cuts.add(from).add(to);
      const sorted = [...cuts].sort((a, b) => a - b);
      const parts = [];
      for (let c = 0; c + 1 < sorted.length; c++) {
        const [from, to] = [sorted[c], sorted[c + 1]];
        const text = doc.createTextNode(node.data.slice(from, to));
        const covering = entries.filter((e) => e.from <= from && e.to >= to).map((e) => e.mark);
        if (covering.length === 0 || ONLY_SPACE.test(text.data)) {
          parts.push(text);
          continue;
        }
        const wrapper = doc.createElement('newsmark-mark');
        wrapper.setAttribute('data-nm', [...new Set(covering.map((m) => m.style))].join(' '));
        wrapper.append(text);
        marksOfWrapper.set(wrapper, covering);
        for (const mark of covering) {
          if (!wrappersOf.has(mark)) wrappersOf.set(mark, []);
          wrappersOf.get(mark).push(wrapper);
        }
        parts.push(wrapper);
      }
      node.replaceWith(...parts);
      replaced.push({ node, parts });
    }
    for (const [mark, wrappers] of wrappersOf) {
      const range = doc.createRange();
      range.setStartBefore(wrappers[0]);
      range.setEndAfter(wrappers[wrappers.length - 1]);
      ranges.set(mark, range);
    }
  }

  function isVisible(mark) {
    return !hidden.has(categoryOf(mark.style));
  }

  function candidatesAt(x, y, target) {
    if (!useHighlights) {
      const wrapper = target?.closest?.('newsmark-mark');
      return (wrapper && marksOfWrapper.get(wrapper)) || [];
    }
    const caret = doc.caretPositionFromPoint
      ? doc.caretPositionFromPoint(x, y)
      : doc.caretRangeFromPoint?.(x, y);
    if (!caret) return [];
    const node = caret.offsetNode ?? caret.startContainer;
    const offset = map.offsetOf(node, caret.offset ?? caret.startOffset);
    if (offset < 0) return [];
    // The caret lands after a character when the point is on its right half.
    const found = new Set([...marksAt(shown, offset, longest), ...marksAt(shown, offset - 1, longest)]);
    return [...found].filter((mark) => [...ranges.get(mark).getClientRects()].some((r) => rectContains(r, x, y)));
  }

  function paintFocus(list) {
    if (useHighlights) {
      deleteRanges(win, 'nm-focus', focused.map((mark) => ranges.get(mark)));
      addRanges(win, 'nm-focus', list.map((mark) => ranges.get(mark)).filter(Boolean));
      if (list.length === 0) releaseHighlight(win, 'nm-focus');
    } else {
      for (const mark of focused) for (const w of wrappersOf.get(mark) ?? []) w.removeAttribute('data-nm-focus');
      for (const mark of list) for (const w of wrappersOf.get(mark) ?? []) w.setAttribute('data-nm-focus', '');
    }
    focused = list;
  }

  let flashTimer = 0;

  return {
    mode: useHighlights ? 'highlight' : 'wrap',
    /** Marks that could be painted, in text order. */
    marks: shown,
    rangeOf: (mark) => ranges.get(mark) ?? null,
    /** The visible mark under viewport point (x, y), best match first. */
    markAt(x, y, target) {
      return candidatesAt(x, y, target).filter(isVisible).sort(byHitOrder)[0] ?? null;
    },
    /** Emphasises `list` (marks) until the next call; [] removes it. */
    focus(list) {
      clearTimeout(flashTimer);
      paintFocus(list);
    },
    /** Emphasises `list` for a moment. */
    flash(list, ms = 1200) {
      paintFocus(list);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => paintFocus([]), ms);
    },
    setHidden(category, hide) {
      if (hide === hidden.has(category)) return;
      if (hide) hidden.add(category);
      else hidden.delete(category);
      if (useHighlights) {
        for (const [style, list] of byStyle) {
          if (categoryOf(style) !== category) continue;
          if (hide) deleteRanges(win, style, list);
          else addRanges(win, style, list);
        }
      } else {
        const styles = new Set(shown.map((mark) => mark.style));
        if (!hiddenSheet) {
          hiddenSheet = new win.CSSStyleSheet();
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, hiddenSheet];
        }
        hiddenSheet.replaceSync(hiddenCss([...styles].filter((style) => hidden.has(categoryOf(style)))));
      }
    },
    isHidden: (category) => hidden.has(category),
    clear() {
      clearTimeout(flashTimer);
      if (useHighlights) {
        paintFocus([]);
        for (const [style, list] of byStyle) deleteRanges(win, style, list);
      } else {
        // Put the original Text nodes back where their pieces are.
        for (const { node, parts } of replaced.reverse()) {
          const anchor = parts.find((part) => part.parentNode);
          if (anchor) anchor.parentNode.insertBefore(node, anchor);
          for (const part of parts) part.remove();
        }
      }
      replaced.length = 0;
      byStyle.clear();
      ranges.clear();
      if (hiddenSheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== hiddenSheet);
      releasePageSheet();
    },
  };
}

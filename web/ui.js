// The widget's own UI: a hover/focus card for one mark and a collapsible
// panel (actors by prominence, figures, who said what, category switches).
// It lives in a shadow root outside <body>, so page CSS cannot reach it and
// the article's DOM and text stay as they were. Page text only ever enters
// the UI through textContent.
import { uiCss } from './styles.js';

const KIND_LABEL = { direct: 'Direct quote', indirect: 'Reported speech', mixed: 'Partial quote', according_to: 'According to' };
const CATEGORY_LABEL = { actors: 'Actors', figures: 'Figures', attributions: 'Quotes' };
const HIDE_DELAY_MS = 250;
const SNIPPET = 140;

/** Builds an element; children are nodes or strings (set as text, never parsed). */
function h(doc, tag, attributes = {}, ...children) {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined) element.append(child);
  return element;
}

function snippet(text, limit = SNIPPET) {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > limit ? `${clean.slice(0, limit - 1)}…` : clean;
}

function formatNumber(value) {
  return typeof value === 'number' ? value.toLocaleString('en', { maximumFractionDigits: 6 }) : null;
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

// The UI's stylesheet, parsed once per window and scheme.
const uiSheets = new WeakMap();

function uiSheet(win, scheme) {
  if (!uiSheets.has(win)) uiSheets.set(win, new Map());
  const sheets = uiSheets.get(win);
  if (!sheets.has(scheme)) {
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(uiCss(scheme));
    sheets.set(scheme, sheet);
  }
  return sheets.get(scheme);
}

/**
 * Lays out, hidden, one line in each text style the UI uses and removes it in
 * the same task, so that the browser loads those fonts now and not in the
 * first highlight()'s frame: on Linux every new font size and weight is a
 * round trip to the browser process (100–300 ms for a first panel). Also
 * parses the UI stylesheet. The page is left as it was.
 */
export function prepareUi(doc, scheme) {
  const host = doc.createElement('newsmark-ui');
  host.style.setProperty('visibility', 'hidden', 'important');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [uiSheet(doc.defaultView, scheme)];
  const sample = 'newsmark 12 actors · 3× … “”';
  const line = (tag, cls) => h(doc, tag, { class: cls }, sample);
  root.append(
    h(doc, 'section', { class: 'panel', 'data-open': true },
      h(doc, 'button', { class: 'toggle' }, sample, line('span', 'count'), h(doc, 'span', { class: 'chev' }, '▴')),
      h(doc, 'div', { class: 'body' }, line('h2', ''), line('div', 'speaker'), line('span', 'meta'),
        h(doc, 'span', { class: 'said' }, line('span', 'cue')))),
    h(doc, 'div', { class: 'card' }, h(doc, 'div', { class: 'title' }, sample, line('span', 'kind')),
      line('span', 'position')),
    line('div', 'sr'));
  doc.documentElement.append(host);
  host.getBoundingClientRect(); // the layout that loads the fonts
  host.remove();
}

/**
 * Shows the UI for one painted article. `result` is the core's answer and
 * `painter` the article's painter. Options: `panel` (default true),
 * `panelOpen` (default false), `cards` (default true), `scheme`.
 */
export function createUi(doc, result, painter, options = {}) {
  const win = doc.defaultView;
  const host = doc.createElement('newsmark-ui');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [uiSheet(win, options.scheme)];

  // Marks of each actor / figure / attribution, in reading order.
  const marksOf = new Map();
  for (const mark of painter.marks) {
    if (!marksOf.has(mark.item)) marksOf.set(mark.item, []);
    marksOf.get(mark.item).push(mark);
  }
  const actorsById = new Map((result.actors ?? []).map((actor) => [actor.id, actor]));
  const attributions = (result.attributions ?? []).filter((a) => marksOf.has(a));
  const actors = (result.actors ?? []).filter((a) => marksOf.has(a));
  const figures = (result.figures ?? []).filter((f) => marksOf.has(f));

  const live = h(doc, 'div', { class: 'sr', 'aria-live': 'polite' });
  const card = h(doc, 'div', { class: 'card', role: 'tooltip', id: 'nm-card', hidden: true });
  root.append(live, card);

  let cardMark = null;
  let hideTimer = 0;
  let pinned = false; // a card opened by a click stays until the next click

  function announce(text) {
    live.textContent = text;
  }

  // The marks that light up with `mark`: every mention of an actor, or the
  // speaker, verb and words of an attribution.
  function relatedMarks(mark) {
    return marksOf.get(mark.item) ?? [];
  }

  function speakerName(attribution) {
    const source = attribution.source;
    if (!source) return 'Unattributed';
    const actor = source.actor ? actorsById.get(source.actor) : null;
    return actor && actor.name !== source.text ? `${source.text} (${actor.name})` : source.text;
  }

  function describe(mark) {
    const item = mark.item;
    const body = [];
    if (mark.role === 'actor') {
      const mentions = marksOf.get(item) ?? [];
      const position = mentions.indexOf(mark) + 1;
      const said = attributions.filter((a) => a.source?.actor === item.id).length;
      body.push(h(doc, 'div', { class: 'title' }, h(doc, 'span', { class: `sw sw-${item.kind}` }), item.name),
        h(doc, 'div', { class: 'kind' }, item.kind));
      const facts = h(doc, 'dl', {});
      if (item.role) facts.append(h(doc, 'dt', {}, 'Role'), h(doc, 'dd', {}, item.role));
      facts.append(h(doc, 'dt', {}, 'Mentions'), h(doc, 'dd', {}, String(mentions.length)));
      if (said) facts.append(h(doc, 'dt', {}, 'Quoted'), h(doc, 'dd', {}, plural(said, 'time')));
      body.push(facts);
      if (mentions.length > 1) {
        const previous = h(doc, 'button', { type: 'button', 'aria-label': 'Previous mention' }, '‹ Prev');
        const next = h(doc, 'button', { type: 'button', 'aria-label': 'Next mention' }, 'Next ›');
        const step = (delta) => {
          const target = mentions[(mentions.indexOf(mark) + delta + mentions.length) % mentions.length];
          goTo(target);
          showCard(target, rectOf(target), true);
          // The card moves away from the pointer with its mark; keep it open.
          pinned = true;
          announce(`${item.name}: mention ${mentions.indexOf(target) + 1} of ${mentions.length}`);
        };
        previous.addEventListener('click', () => step(-1));
        next.addEventListener('click', () => step(1));
        body.push(h(doc, 'div', { class: 'steps' }, previous, next,
          h(doc, 'span', { class: 'position' }, `${position || 1} of ${mentions.length}`)));
      }
    } else if (mark.role === 'figure') {
      body.push(h(doc, 'div', { class: 'title' }, h(doc, 'span', { class: 'sw sw-figure' }), item.text),
        h(doc, 'div', { class: 'kind' }, item.kind ?? 'figure'));
      const facts = h(doc, 'dl', {});
      const value = formatNumber(item.value);
      if (value !== null) facts.append(h(doc, 'dt', {}, 'Value'), h(doc, 'dd', {}, item.unit ? `${value} ${item.unit}` : value));
      if (typeof item.low === 'number' && typeof item.high === 'number' && item.low !== item.high) {
        facts.append(h(doc, 'dt', {}, 'Range'), h(doc, 'dd', {}, `${formatNumber(item.low)} – ${formatNumber(item.high)}`));
      }
      if (item.qualifier) facts.append(h(doc, 'dt', {}, 'Qualifier'), h(doc, 'dd', {}, item.qualifier));
      if (item.counts?.text) facts.append(h(doc, 'dt', {}, 'Counts'), h(doc, 'dd', {}, item.counts.text));
      body.push(facts);
    } else {
      body.push(h(doc, 'div', { class: 'title' }, h(doc, 'span', { class: 'sw sw-attribution' }), speakerName(item)),
        h(doc, 'div', { class: 'kind' }, KIND_LABEL[item.kind] ?? 'Attribution'));
      const facts = h(doc, 'dl', {});
      if (item.cue?.text) facts.append(h(doc, 'dt', {}, 'Cue'), h(doc, 'dd', {}, item.cue.text));
      body.push(facts);
      const words = (item.content ?? []).map((part) => part.text).join(' … ');
      if (words) body.push(h(doc, 'blockquote', {}, words));
    }
    return body;
  }

  function rectOf(mark) {
    const range = painter.rangeOf(mark);
    return range ? range.getBoundingClientRect() : null;
  }

  function placeCard(rect) {
    const margin = 8;
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const left = Math.max(margin, Math.min(rect.left, win.innerWidth - width - margin));
    const below = rect.bottom + 6;
    const top = below + height + margin > win.innerHeight && rect.top - height - 6 > margin ? rect.top - height - 6 : below;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  }

  function showCard(mark, rect, force = false) {
    clearTimeout(hideTimer);
    if (!rect) return;
    if (force || cardMark !== mark) {
      card.replaceChildren(...describe(mark));
      cardMark = mark;
    }
    card.hidden = false;
    placeCard(rect);
    painter.focus(relatedMarks(mark));
  }

  function hideCard(delay = HIDE_DELAY_MS) {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      card.hidden = true;
      cardMark = null;
      pinned = false;
      painter.focus([]);
    }, delay);
  }

  function goTo(mark) {
    const range = painter.rangeOf(mark);
    if (!range) return;
    const element = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'smooth' });
    painter.flash(relatedMarks(mark));
  }

  // Hover: one hit test per animation frame at most.
  let pointer = null;
  let frame = 0;
  function onPointerMove(event) {
    if (event.composedPath().includes(host)) {
      clearTimeout(hideTimer);
      return;
    }
    pointer = event;
    if (!frame) frame = win.requestAnimationFrame(hoverFrame);
  }
  function hoverFrame() {
    frame = 0;
    const mark = painter.markAt(pointer.clientX, pointer.clientY, pointer.target);
    if (!mark) {
      if (!card.hidden && !pinned) hideCard();
      return;
    }
    if (pinned) return;
    if (cardMark && cardMark.item === mark.item && !card.hidden) {
      clearTimeout(hideTimer);
      return;
    }
    const rects = [...painter.rangeOf(mark).getClientRects()];
    const rect = rects.find((r) => pointer.clientY >= r.top && pointer.clientY <= r.bottom) ?? rects[0];
    showCard(mark, rect);
  }
  // A click or tap on a mark pins its card (touch screens have no hover);
  // a click elsewhere lets it go. Links inside marks still work.
  function onClick(event) {
    if (event.composedPath().includes(host)) return;
    const mark = painter.markAt(event.clientX, event.clientY, event.target);
    if (mark) {
      const rects = [...painter.rangeOf(mark).getClientRects()];
      showCard(mark, rects.find((r) => event.clientY >= r.top && event.clientY <= r.bottom) ?? rects[0], true);
      pinned = true;
    } else if (pinned) {
      hideCard(0);
    }
  }
  function onKeyDown(event) {
    if (event.key === 'Escape' && !card.hidden) hideCard(0);
  }
  // An open card follows its mark when the page scrolls (also during the
  // smooth scroll of a jump).
  let scrollFrame = 0;
  function onScroll() {
    if (card.hidden || scrollFrame) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = 0;
      const rect = cardMark && rectOf(cardMark);
      if (rect && !card.hidden) placeCard(rect);
    });
  }
  if (options.cards !== false) {
    doc.addEventListener('pointermove', onPointerMove, { passive: true });
    doc.addEventListener('click', onClick);
    doc.addEventListener('keydown', onKeyDown);
  }
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });

  // The panel.
  const counts = `${plural(actors.length, 'actor')} · ${plural(figures.length, 'figure')} · ${plural(attributions.length, 'quote')}`;
  let panel = null;
  if (options.panel !== false) {
    const toggle = h(doc, 'button', { class: 'toggle', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'nm-body' },
      'newsmark', h(doc, 'span', { class: 'count' }, counts), h(doc, 'span', { class: 'chev', 'aria-hidden': 'true' }, '▴'));
    const body = h(doc, 'div', { class: 'body', id: 'nm-body' });
    panel = h(doc, 'section', { class: 'panel', role: 'complementary', 'aria-label': 'newsmark: actors, figures and quotes' }, toggle, body);
    // The lists are built when the panel first opens: on a long read they
    // hold thousands of entries, too much work for a panel nobody opened.
    let filled = false;
    const setOpen = (open) => {
      if (open && !filled) {
        filled = true;
        fillBody();
      }
      if (open) panel.setAttribute('data-open', '');
      else panel.removeAttribute('data-open');
      toggle.setAttribute('aria-expanded', String(open));
    };
    toggle.addEventListener('click', () => setOpen(!panel.hasAttribute('data-open')));

    function fillBody() {
      const filters = h(doc, 'div', { class: 'filters', role: 'group', 'aria-label': 'Show on the page' });
      for (const [category, label] of Object.entries(CATEGORY_LABEL)) {
        const box = h(doc, 'input', { type: 'checkbox', checked: !painter.isHidden(category), 'data-category': category });
        box.addEventListener('change', () => {
          painter.setHidden(category, !box.checked);
          if (!box.checked && cardMark) hideCard(0);
        });
        const swatch = { actors: 'sw-person', figures: 'sw-figure', attributions: 'sw-attribution' }[category];
        filters.append(h(doc, 'label', {}, box, h(doc, 'span', { class: `sw ${swatch}`, 'aria-hidden': 'true' }), label));
      }
      body.append(filters);

      const entry = (item, label, content) => {
        const marks = marksOf.get(item);
        const button = h(doc, 'button', { type: 'button', 'aria-label': label, 'aria-describedby': 'nm-card' }, ...content);
        button.addEventListener('click', () => {
          goTo(marks[0]);
          setTimeout(() => showCard(marks[0], rectOf(marks[0]), true), 0);
        });
        button.addEventListener('focus', () => showCard(marks[0], rectOf(marks[0]), true));
        button.addEventListener('blur', () => hideCard());
        return h(doc, 'li', {}, button);
      };
      const section = (title, items) => {
        const id = `nm-h-${title.toLowerCase().replace(/\W+/g, '-')}`;
        body.append(h(doc, 'h2', { id }, title));
        if (items.length === 0) body.append(h(doc, 'div', { class: 'empty' }, 'None found'));
        else body.append(h(doc, 'ul', { 'aria-labelledby': id }, ...items));
      };

      section('Actors', actors.map((actor) => {
        const count = marksOf.get(actor).length;
        return entry(actor, `${actor.name}, ${actor.kind}, ${plural(count, 'mention')}`, [
          h(doc, 'span', { class: `sw sw-${actor.kind}`, 'aria-hidden': 'true' }),
          h(doc, 'span', { class: 'name' }, actor.name),
          h(doc, 'span', { class: 'meta' }, `${actor.kind} · ${count}×`)]);
      }));
      section('Figures', figures.map((figure) => entry(figure, `${figure.text}, ${figure.kind ?? 'figure'}`, [
        h(doc, 'span', { class: 'sw sw-figure', 'aria-hidden': 'true' }),
        h(doc, 'span', { class: 'name' }, figure.text),
        h(doc, 'span', { class: 'meta' }, figure.counts?.text ? snippet(figure.counts.text, 30) : figure.kind ?? '')])));

      // Who said what: statements grouped by speaker, in order of first appearance.
      const bySpeaker = new Map();
      for (const attribution of attributions) {
        const key = attribution.source?.actor ?? attribution.source?.text ?? '';
        if (!bySpeaker.has(key)) bySpeaker.set(key, []);
        bySpeaker.get(key).push(attribution);
      }
      body.append(h(doc, 'h2', { id: 'nm-h-said' }, 'Who said what'));
      if (bySpeaker.size === 0) body.append(h(doc, 'div', { class: 'empty' }, 'None found'));
      for (const statements of bySpeaker.values()) {
        const speaker = speakerName(statements[0]);
        body.append(h(doc, 'div', { class: 'speaker' }, speaker), h(doc, 'ul', { 'aria-label': `Statements by ${speaker}` },
          ...statements.map((statement) => {
            const words = snippet((statement.content ?? []).map((part) => part.text).join(' … '));
            return entry(statement, `${speaker} ${statement.cue?.text ?? ''}: ${words}`, [
              h(doc, 'span', { class: 'said' }, h(doc, 'span', { class: 'cue' }, `${statement.cue?.text ?? ''} `), words)]);
          })));
      }
    }

    // Arrow keys move between entries; Escape folds the panel.
    panel.addEventListener('keydown', (event) => {
      const buttons = [...body.querySelectorAll('li button')];
      const at = buttons.indexOf(root.activeElement);
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && at >= 0) {
        event.preventDefault();
        buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length].focus();
      } else if (event.key === 'Escape') {
        setOpen(false);
        toggle.focus();
      }
    });
    setOpen(Boolean(options.panelOpen));
    root.append(panel);
  }

  card.addEventListener('pointerleave', () => pinned || hideCard());
  doc.documentElement.append(host);
  announce(`newsmark: ${counts}`);

  return {
    host,
    /** Removes the UI and its listeners. */
    destroy() {
      clearTimeout(hideTimer);
      if (frame) win.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onPointerMove);
      doc.removeEventListener('click', onClick);
      doc.removeEventListener('keydown', onKeyDown);
      doc.removeEventListener('scroll', onScroll, { capture: true });
      if (scrollFrame) win.cancelAnimationFrame(scrollFrame);
      host.remove();
    },
  };
}

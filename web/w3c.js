// W3C Web Annotations (https://www.w3.org/TR/annotation-model/) in and out.
//
// toW3C() turns a contract v1 result into an AnnotationCollection, so that a
// site can annotate at publish time (or with `newsmark annotate --format w3c`,
// which writes the same shape from C++, src/w3c.cc) and ship the annotations
// with the page. fromW3C() anchors such annotations in a text again and gives
// back a contract-v1-like result that the widget paints without the core.
//
// Shape (one annotation per actor, figure and attribution):
//   actor        motivation "identifying"; bodies: identifying (name),
//                classifying (kind), describing (role, when known);
//                one target per mention
//   figure       motivation "classifying"; body: classifying (kind);
//                targets: the figure, and the counted noun phrase ("nm:role": "counts")
//   attribution  motivation "linking"; body: classifying (kind); targets with
//                "nm:role" source (and "nm:actor", the actor annotation's id),
//                cue and content (one per piece)
// Every target is a SpecificResource with two alternative selectors: a
// TextQuoteSelector (exact, and up to 32 characters of prefix and suffix) and
// a TextPositionSelector counted in Unicode code points.
// Other contract fields travel as "nm:" properties (nm:prominence, nm:value,
// nm:low, nm:high, nm:qualifier, nm:unit).

export const W3C_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { nm: 'https://newsmark.invalid/ns#' }];
const CONTEXT_CHARS = 32;
const ID_PREFIX = 'urn:newsmark:';

// ---------------------------------------------------------------- output

// UTF-16 index → code point index, for texts with characters outside the BMP.
function codePointCounter(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) return (index) => index;
  const before = new Uint32Array(text.length + 1); // surrogate pairs before each index
  let pairs = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = pairs;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        before[i + 1] = pairs;
        pairs++;
        i++;
      }
    }
  }
  before[text.length] = pairs;
  return (index) => index - before[index];
}

// Up to `count` code points of `text` before `index` / from `index` on.
function before(text, index, count) {
  let from = Math.max(0, index - count * 2);
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from])) from--; // not half a pair
  return Array.from(text.slice(from, index)).slice(-count).join('');
}
function after(text, index, count) {
  return Array.from(text.slice(index, index + count * 2)).slice(0, count).join('');
}

function isSpan(span) {
  return span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start;
}

/**
 * W3C Web Annotations (an AnnotationCollection, JSON-LD) for a contract v1
 * `result` (UTF-16 offsets). `text` is the text that was annotated: it gives
 * the prefix, suffix and code point positions; without it only the quotes
 * are written. `source` is the IRI of the annotated page ("" = this page).
 */
export function toW3C(result, text, { source = '' } = {}) {
  const hasText = typeof text === 'string';
  const codePoint = hasText ? codePointCounter(text) : null;

  function target(span, extra = {}) {
    const exact = hasText ? text.slice(span.start, span.end) : span.text;
    const quote = { type: 'TextQuoteSelector', exact };
    const selector = [quote];
    if (hasText) {
      quote.prefix = before(text, span.start, CONTEXT_CHARS);
      quote.suffix = after(text, span.end, CONTEXT_CHARS);
      selector.push({ type: 'TextPositionSelector', start: codePoint(span.start), end: codePoint(span.end) });
    }
    return { type: 'SpecificResource', source, ...extra, selector };
  }

  const items = [];
  for (const actor of result.actors ?? []) {
    const body = [
      { type: 'TextualBody', purpose: 'identifying', value: actor.name },
      { type: 'TextualBody', purpose: 'classifying', value: actor.kind },
    ];
    if (actor.role) body.push({ type: 'TextualBody', purpose: 'describing', value: actor.role });
    items.push({
      id: ID_PREFIX + actor.id,
      type: 'Annotation',
      motivation: 'identifying',
      'nm:prominence': actor.prominence ?? 0,
      body,
      target: (actor.mentions ?? []).filter(isSpan).map((mention) => target(mention)),
    });
  }
  (result.figures ?? []).forEach((figure, i) => {
    const targets = [target(figure, { 'nm:role': 'figure' })];
    if (isSpan(figure.counts)) targets.push(target(figure.counts, { 'nm:role': 'counts' }));
    items.push({
      id: `${ID_PREFIX}F${i + 1}`,
      type: 'Annotation',
      motivation: 'classifying',
      'nm:value': figure.value ?? null,
      'nm:low': figure.low ?? null,
      'nm:high': figure.high ?? null,
      'nm:qualifier': figure.qualifier ?? null,
      'nm:unit': figure.unit ?? null,
      body: [{ type: 'TextualBody', purpose: 'classifying', value: figure.kind }],
      target: targets,
    });
  });
  (result.attributions ?? []).forEach((attribution, i) => {
    const targets = [];
    if (isSpan(attribution.source)) {
      const actor = attribution.source.actor ? ID_PREFIX + attribution.source.actor : null;
      targets.push(target(attribution.source, { 'nm:role': 'source', 'nm:actor': actor }));
    }
    if (isSpan(attribution.cue)) targets.push(target(attribution.cue, { 'nm:role': 'cue' }));
    for (const part of attribution.content ?? []) {
      if (isSpan(part)) targets.push(target(part, { 'nm:role': 'content' }));
    }
    items.push({
      id: `${ID_PREFIX}Q${i + 1}`,
      type: 'Annotation',
      motivation: 'linking',
      body: [{ type: 'TextualBody', purpose: 'classifying', value: attribution.kind }],
      target: targets,
    });
  });
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: 'newsmark',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---------------------------------------------------------------- input

const asArray = (value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** The annotations of a collection, a page, an array or a single annotation (or their JSON text). */
export function annotationsOf(input) {
  const data = typeof input === 'string' ? JSON.parse(input) : input;
  if (Array.isArray(data)) return data.flatMap(annotationsOf);
  if (!data || typeof data !== 'object') return [];
  if (data.type === 'AnnotationCollection') return annotationsOf(data.first ?? data.items ?? []);
  if (data.type === 'AnnotationPage') return asArray(data.items).concat(data.next && typeof data.next === 'object' ? annotationsOf(data.next) : []);
  return data.type === 'Annotation' || data.target ? [data] : [];
}

const WHITE = /\s/;

// The text with every run of white space as one space, and for each of its
// characters the index it came from: quotes still anchor when the page's
// block breaks or line wrapping differ from those of the annotated text.
function collapse(text) {
  let out = '';
  const from = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (WHITE.test(text[i])) {
      if (space) continue;
      space = true;
      out += ' ';
    } else {
      space = false;
      out += text[i];
    }
    from.push(i);
  }
  from.push(text.length);
  return { text: out, from };
}

function commonSuffix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

// Finds the span of `text` a target's selectors describe, or null.
function makeAnchorer(text) {
  let collapsed = null;
  let utf16Of = null; // code point index → UTF-16 index

  function fromCodePoint(index) {
    if (!utf16Of) {
      if (!/[\uD800-\uDBFF]/.test(text)) {
        utf16Of = (i) => i;
      } else {
        const table = [];
        let i = 0;
        for (const ch of text) {
          table.push(i);
          i += ch.length;
        }
        table.push(i);
        utf16Of = (cp) => table[cp];
      }
    }
    return utf16Of(index);
  }

  function byQuote(quote, hint) {
    if (!collapsed) collapsed = collapse(text);
    const haystack = collapsed.text;
    const exact = collapse(quote.exact).text;
    const prefix = collapse(quote.prefix ?? '').text;
    const suffix = collapse(quote.suffix ?? '').text;
    let best = null;
    for (let at = haystack.indexOf(exact); at !== -1; at = haystack.indexOf(exact, at + 1)) {
      const end = at + exact.length;
      const start = collapsed.from[at];
      const score = commonSuffix(prefix, haystack.slice(Math.max(0, at - prefix.length), at)) +
        commonPrefix(suffix, haystack.slice(end, end + suffix.length));
      // Equal context: the candidate nearest the recorded position wins.
      const distance = hint === null ? 0 : Math.abs(start - hint);
      if (!best || score > best.score || (score === best.score && distance < best.distance)) {
        best = { score, distance, start, end: collapsed.from[end - 1] + 1 };
      }
    }
    return best && { start: best.start, end: best.end };
  }

  return function anchor(target) {
    const selectors = asArray(target?.selector);
    const quote = selectors.find((s) => s?.type === 'TextQuoteSelector' && typeof s.exact === 'string' && s.exact);
    const position = selectors.find((s) => s?.type === 'TextPositionSelector' &&
      Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
    let hint = null;
    if (position) {
      const start = fromCodePoint(position.start);
      const end = fromCodePoint(position.end);
      if (start !== undefined && end !== undefined) {
        if (!quote || text.slice(start, end) === quote.exact) return { start, end, text: text.slice(start, end) };
        hint = start;
      }
    }
    if (!quote) return null;
    const found = byQuote(quote, hint);
    return found && { ...found, text: text.slice(found.start, found.end) };
  };
}

function bodyValue(annotation, purpose) {
  const body = asArray(annotation.body).find((b) => b && typeof b === 'object' && b.purpose === purpose);
  return typeof body?.value === 'string' ? body.value : null;
}

const motivations = (annotation) => asArray(annotation.motivation);
const role = (target) => target?.['nm:role'] ?? null;
const orNull = (value) => (value === undefined ? null : value);
const byStart = (a, b) => a.start - b.start || a.end - b.end;

/**
 * Anchors W3C annotations (as written by toW3C or `newsmark annotate
 * --format w3c`) in `text` and returns a contract v1 result (UTF-16
 * offsets) to paint. Targets whose quote is not in the text are left out;
 * `unanchored` counts them.
 */
export function fromW3C(input, text) {
  if (typeof text !== 'string') throw new TypeError('fromW3C(annotations, text): the text to anchor in is required');
  const anchor = makeAnchorer(text);
  const actors = [];
  const figures = [];
  const attributions = [];
  const actorIds = new Map(); // annotation id → contract id
  let unanchored = 0;
  const place = (target) => {
    const span = anchor(target);
    if (!span) unanchored++;
    return span;
  };

  const annotations = annotationsOf(input);
  for (const annotation of annotations) {
    if (!motivations(annotation).includes('identifying')) continue;
    const mentions = asArray(annotation.target).map(place).filter(Boolean).sort(byStart);
    const id = `A${actors.length + 1}`;
    if (annotation.id) actorIds.set(annotation.id, id);
    actors.push({
      id,
      name: bodyValue(annotation, 'identifying') ?? mentions[0]?.text ?? '',
      kind: bodyValue(annotation, 'classifying') ?? 'group',
      role: bodyValue(annotation, 'describing'),
      prominence: typeof annotation['nm:prominence'] === 'number' ? annotation['nm:prominence'] : 0,
      mentions,
    });
  }
  for (const annotation of annotations) {
    const motivation = motivations(annotation);
    if (motivation.includes('identifying')) continue;
    const targets = asArray(annotation.target);
    if (motivation.includes('classifying')) {
      const main = targets.find((t) => role(t) === 'figure') ?? targets.find((t) => role(t) !== 'counts');
      const span = main && place(main);
      if (!span) continue;
      const countsTarget = targets.find((t) => role(t) === 'counts');
      figures.push({
        ...span,
        kind: bodyValue(annotation, 'classifying') ?? 'count',
        value: orNull(annotation['nm:value']),
        low: orNull(annotation['nm:low']),
        high: orNull(annotation['nm:high']),
        qualifier: orNull(annotation['nm:qualifier']),
        unit: orNull(annotation['nm:unit']),
        counts: countsTarget ? place(countsTarget) : null,
      });
    } else if (motivation.includes('linking')) {
      const sourceTarget = targets.find((t) => role(t) === 'source');
      const cueTarget = targets.find((t) => role(t) === 'cue');
      const cue = cueTarget && place(cueTarget);
      if (!cue) continue;
      let source = sourceTarget ? place(sourceTarget) : null;
      if (source) source = { ...source, actor: actorIds.get(sourceTarget['nm:actor']) ?? null };
      attributions.push({
        kind: bodyValue(annotation, 'classifying') ?? 'indirect',
        source,
        cue,
        content: targets.filter((t) => role(t) === 'content').map(place).filter(Boolean).sort(byStart),
      });
    }
  }
  figures.sort(byStart);
  attributions.sort((a, b) => byStart(a.cue, b.cue));
  return { version: 1, offsets: 'utf16', actors, figures, attributions, error: null, unanchored };
}

/**
 * A stand-in for the core that answers annotate() from W3C annotations, for
 * `load({core: w3cCore(annotations)})`: the page is painted without running
 * the core. It cannot find articles; give highlight() the element.
 */
export function w3cCore(annotations) {
  const list = annotationsOf(annotations);
  return {
    engine: 'w3c',
    annotate: (text) => fromW3C(list, text),
    findArticle() {
      throw Object.assign(new Error('pre-annotated pages name their article element'), { name: 'NewsmarkError', status: 'not_found' });
    },
    memoryBytes: () => 0,
  };
}

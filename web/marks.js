// Flattens the core's answer (contract v1) into marks: one text span each,
// with the paint style it gets and the item it belongs to.

export const ACTOR_KINDS = ['person', 'organization', 'media', 'country', 'place', 'group'];

/** The three categories a reader can switch on and off, and their styles. */
export const CATEGORIES = {
  actors: ACTOR_KINDS.map((kind) => `nm-${kind}`),
  figures: ['nm-figure'],
  attributions: ['nm-quote', 'nm-source', 'nm-cue'],
};

export function categoryOf(style) {
  for (const [category, styles] of Object.entries(CATEGORIES)) if (styles.includes(style)) return category;
  return null;
}

// Which mark a pointer over several overlapping ones means: the smallest
// units first, a whole quotation last.
const HIT_ORDER = { figure: 0, actor: 1, cue: 2, source: 3, quote: 4 };
export const byHitOrder = (a, b) => HIT_ORDER[a.role] - HIT_ORDER[b.role] || a.index - b.index;

function isSpan(span) {
  return span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start;
}

/**
 * `[{start, end, text, style, role, item, index}]` sorted by start; `role` is
 * actor | figure | cue | source | quote and `item` the actor, figure or
 * attribution object of the result.
 */
export function marksFromResult(result) {
  const marks = [];
  const add = (span, style, role, item) => {
    if (isSpan(span)) marks.push({ start: span.start, end: span.end, text: span.text, style, role, item });
  };
  for (const actor of result.actors ?? []) {
    const style = ACTOR_KINDS.includes(actor.kind) ? `nm-${actor.kind}` : 'nm-group';
    for (const mention of actor.mentions ?? []) add(mention, style, 'actor', actor);
  }
  for (const figure of result.figures ?? []) add(figure, 'nm-figure', 'figure', figure);
  for (const attribution of result.attributions ?? []) {
    for (const part of attribution.content ?? []) add(part, 'nm-quote', 'quote', attribution);
    add(attribution.source, 'nm-source', 'source', attribution);
    add(attribution.cue, 'nm-cue', 'cue', attribution);
  }
  marks.sort((a, b) => a.start - b.start || HIT_ORDER[a.role] - HIT_ORDER[b.role]);
  marks.forEach((mark, i) => (mark.index = i));
  return marks;
}

/** Marks containing text offset `offset`, best match first (binary search). */
export function marksAt(marks, offset, longest) {
  // `longest` = the longest mark, so that the scan back can stop early.
  let low = 0;
  let high = marks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (marks[middle].start <= offset) low = middle + 1;
    else high = middle;
  }
  const hits = [];
  for (let i = low - 1; i >= 0 && marks[i].start > offset - longest - 1; i--) {
    if (marks[i].end > offset) hits.push(marks[i]);
  }
  return hits.sort(byHitOrder);
}

// The text model: reads a live DOM subtree once into the plain text the core
// annotates, keeping a table of which Text node holds which slice, so that
// offsets in the core's answer can be turned back into DOM positions.

// Elements whose text is not article prose (code, hidden templates, form
// controls, embedded documents, media).
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'picture', 'img', 'input', 'textarea', 'select', 'option',
  'button', 'head', 'title', 'link', 'meta', 'newsmark-ui',
]);

// Elements that start a new block: their text never runs into the neighbours'.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Elements that flow inside a block in the page's block tree (as the article
// finder reads it); every other element is a block of its own there.
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'picture', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
  'wbr', 'newsmark-mark',
]);

const BLOCK_BREAK = '\n\n';
const LINE_BREAK = '\n';
const ONLY_SPACE = /^[ \t\n\r\f]*$/;
// Layout whitespace inside a text node becomes a plain space, one for one,
// so offsets in the text stay offsets in the node.
const LAYOUT_SPACE = /[\t\n\r\f]/g;

function isSkipped(element) {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('hidden')) return true;
  const ariaHidden = element.getAttribute('aria-hidden');
  if (ariaHidden !== null && ariaHidden !== 'false') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/**
 * Walks `roots` (elements, in reading order) into
 * `{text, nodes, starts, offsetOf}`: `nodes[i]` is a Text node whose data is
 * `text.slice(starts[i], starts[i] + nodes[i].length)` (layout whitespace
 * turned into spaces). Text between blocks is a separator that belongs to no node.
 * With `only` (a Set of block elements, e.g. an article's headline and body),
 * a block's own text is read only when the block is in the set.
 */
export function buildTextMap(roots, only = null) {
  const parts = [];
  const nodes = [];
  const starts = [];
  let length = 0;
  let pending = '';

  function push(piece) {
    parts.push(piece);
    length += piece.length;
  }

  function breakBefore(separator) {
    if (length > 0 && separator.length > pending.length) pending = separator;
  }

  function addText(node) {
    const data = node.data;
    if (data.length === 0) return;
    const atBreak = length === 0 || pending !== '' || parts[parts.length - 1].endsWith('\n');
    if (atBreak && ONLY_SPACE.test(data)) return;
    if (pending) {
      push(pending);
      pending = '';
    }
    nodes.push(node);
    starts.push(length);
    push(data.replace(LAYOUT_SPACE, ' '));
  }

  // Blocks outside `only` that hold blocks of it: walked, but not read.
  const holders = new Set();
  for (const block of only ?? []) {
    for (let node = block.parentElement; node && !holders.has(node); node = node.parentElement) holders.add(node);
  }
  const reads = (element, parentReads) => (only && !INLINE.has(element.localName) ? only.has(element) : parentReads);

  function walk(parent, reading) {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (reading) addText(child);
      } else if (child.nodeType === 1 && !isSkipped(child)) {
        if (child.localName === 'br') {
          if (reading) breakBefore(LINE_BREAK);
          continue;
        }
        const childReads = reads(child, reading);
        if (!childReads && !holders.has(child)) continue;
        const block = BLOCKS.has(child.localName) || (only && !INLINE.has(child.localName));
        if (block) breakBefore(BLOCK_BREAK);
        walk(child, childReads);
        if (block) breakBefore(BLOCK_BREAK);
      }
    }
  }

  const seen = [];
  for (const root of roots) {
    // A root inside one already walked would be read twice.
    if (!root || seen.some((done) => done.contains(root))) continue;
    seen.push(root);
    breakBefore(BLOCK_BREAK);
    walk(root, reads(root, true));
  }

  const index = new Map();
  nodes.forEach((node, i) => index.set(node, i));
  return {
    text: parts.join(''),
    nodes,
    starts,
    /** Offset in `text` of position `offset` inside Text node `node`, or -1. */
    offsetOf(node, offset) {
      const i = index.get(node);
      return i === undefined ? -1 : starts[i] + offset;
    },
  };
}

/**
 * Turns text spans `[{start, end}]` into DOM positions
 * `{startNode, startOffset, endNode, endOffset}` (node = index into
 * `map.nodes`), or null where a span covers no node text. Sorts all
 * boundaries once and sweeps the node table a single time.
 */
export function resolveSpans(map, spans) {
  const { nodes, starts } = map;
  const count = nodes.length;
  const ends = starts.map((start, i) => start + nodes[i].length);
  const points = [];
  spans.forEach((span, i) => {
    points.push({ offset: span.start, span: i, isEnd: false });
    points.push({ offset: span.end, span: i, isEnd: true });
  });
  points.sort((a, b) => a.offset - b.offset);

  const found = spans.map(() => ({ startNode: -1, startOffset: 0, endNode: -1, endOffset: 0 }));
  let first = 0; // first node ending after the offset: where a span starts
  let last = -1; // last node starting before the offset: where a span ends
  for (const { offset, span, isEnd } of points) {
    while (first < count && ends[first] <= offset) first++;
    while (last + 1 < count && starts[last + 1] < offset) last++;
    const position = found[span];
    if (isEnd) {
      position.endNode = last;
      if (last >= 0) position.endOffset = Math.min(offset - starts[last], nodes[last].length);
    } else {
      position.startNode = first < count ? first : -1;
      if (first < count) position.startOffset = Math.max(offset - starts[first], 0);
    }
  }
  return found.map((p) => {
    if (p.startNode < 0 || p.endNode < 0) return null;
    if (p.startNode > p.endNode || (p.startNode === p.endNode && p.startOffset >= p.endOffset)) return null;
    return p;
  });
}

/** A DOM Range for a position from `resolveSpans`. */
export function toRange(map, position) {
  const range = map.nodes[position.startNode].ownerDocument.createRange();
  range.setStart(map.nodes[position.startNode], position.startOffset);
  range.setEnd(map.nodes[position.endNode], position.endOffset);
  return range;
}

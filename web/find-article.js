// Finds the article in a live page. The DOM is walked once into a block tree
// (docs/block-tree.md); the C++ core (find_article) makes every decision; the
// choice is mapped back to elements. The walk mirrors cli/html_blocks.cc, so
// the browser and the command line see the same tree.

// Elements whose content is never shown as text.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'input', 'select', 'textarea',
  'button', 'option', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'title', 'map',
  'meta', 'link', 'base',
]);

// Elements that flow inside a block; everything else starts a block.
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'picture', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'small', 'source', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
  'wbr',
]);

const SPACES = /[ \t\n\r\f]+/g;

function isHidden(element) {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const aria = element.getAttribute('aria-hidden');
  if (aria !== null && aria.toLowerCase() === 'true') return true;
  const style = element.getAttribute('style');
  if (style === null) return false;
  const squashed = style.replace(/[ \t\n]/g, '').toLowerCase();
  return squashed.includes('display:none') || squashed.includes('visibility:hidden');
}

// Code points of a string (the core counts link text in code points).
function codePoints(text) {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) count--;
  }
  return count;
}

function collapse(text) {
  return text.replace(SPACES, ' ').trim();
}

function pageTitle(doc) {
  for (const meta of doc.querySelectorAll('meta[property]')) {
    const content = meta.getAttribute('content');
    if (meta.getAttribute('property').toLowerCase() === 'og:title' && content) return collapse(content);
  }
  const title = doc.querySelector('title:not(svg *)');
  return title ? collapse(title.textContent) : '';
}

/**
 * Walks `doc` once and returns `{tree, elements}`: the block tree (plain data,
 * ready for JSON.stringify) and the element of each block.
 */
export function readBlockTree(doc = document) {
  const blocks = [];
  const elements = [];
  // Per block: its text so far and whether that text ends in a space.
  const state = [];

  function append(block, text, inLink) {
    if (block < 0 || text === '') return;
    const s = state[block];
    let piece = text.replace(SPACES, ' ');
    if (piece.charCodeAt(0) === 32 && (s.text === '' || s.endsInSpace)) piece = piece.slice(1);
    if (piece === '') return;
    s.text += piece;
    s.endsInSpace = piece.charCodeAt(piece.length - 1) === 32;
    if (inLink) s.links += codePoints(piece);
  }

  function visit(node, block, linkDepth) {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) {
        append(block, child.data, linkDepth > 0);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.localName;
      if (SKIPPED.has(tag) || isHidden(child)) continue;
      if (tag === 'br') {
        append(block, ' ', linkDepth > 0);
        continue;
      }
      const link = tag === 'a' && child.hasAttribute('href') ? 1 : 0;
      if (INLINE.has(tag)) {
        visit(child, block, linkDepth + link);
        continue;
      }
      const item = { tag, parent: block };
      if (child.hasAttributes()) {
        const id = child.getAttribute('id');
        const cls = child.getAttribute('class');
        const role = child.getAttribute('role');
        const itemprop = child.getAttribute('itemprop');
        if (id) item.id = id;
        if (cls) item.class = cls;
        if (role) item.role = role;
        if (itemprop) item.itemprop = itemprop;
      }
      const index = blocks.length;
      blocks.push(item);
      elements.push(child);
      state.push({ text: '', endsInSpace: false, links: 0 });
      // A block's text starts fresh; links outside it do not reach into it.
      visit(child, index, link);
      // Text on either side of a child block is separated in the parent.
      append(block, ' ', false);
    }
  }

  visit(doc, -1, 0);
  for (let i = 0; i < blocks.length; i++) {
    const s = state[i];
    const text = s.endsInSpace ? s.text.slice(0, -1) : s.text;
    if (text) blocks[i].text = text;
    if (s.links) blocks[i].links = s.links;
  }
  return { tree: { version: 1, title: pageTitle(doc), blocks }, elements };
}

/** The block tree of `doc` (docs/block-tree.md), as plain data. */
export function buildBlockTree(doc = document) {
  return readBlockTree(doc).tree;
}

/**
 * Finds the article of `doc` with the core's find_article. Returns
 * `{element, headline, headlineText, standfirst, standfirstText, body, blocks,
 * texts}`: the container element (null when the page has no article), the
 * headline element or null and its text, the standfirst (the summary under
 * the headline) or null and its text, the body text as shown (one block a
 * line), the body block
 * elements, and each block's own text (a block's text leaves out the blocks
 * inside it).
 */
export function findArticle(core, doc = document) {
  const { tree, elements } = readBlockTree(doc);
  const choice = core.findArticle(tree);
  const texts = choice.body.map((i) => tree.blocks[i].text);
  return {
    element: choice.container === null ? null : elements[choice.container],
    headline: choice.headline === null ? null : elements[choice.headline],
    headlineText: choice.headline === null ? null : tree.blocks[choice.headline].text ?? '',
    standfirst: choice.standfirst == null ? null : elements[choice.standfirst],
    standfirstText: choice.standfirst == null ? null : tree.blocks[choice.standfirst].text ?? '',
    body: texts.join('\n'),
    blocks: choice.body.map((i) => elements[i]),
    texts,
  };
}

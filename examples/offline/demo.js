// The offline demo page's logic. scripts/make-offline-demo.mjs bundles it with
// newsmark.single.js (the wasm inlined) into one HTML file that works from
// file:// with no server.
import { load } from '../../dist/newsmark.single.js';

const article = document.getElementById('article');
const status = document.getElementById('status');
const example = [...article.childNodes].map((node) => node.cloneNode(true));
let nm = null;
let handle = null;
let runs = 0; // highlightings done, shown as data-runs

function setStatus(state, message, engine = '') {
  status.dataset.state = state;
  if (engine) status.dataset.engine = engine;
  status.textContent = message;
}

// Headline on the first line, then one paragraph per line; text only, never markup.
function showText(text) {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  article.replaceChildren();
  lines.forEach((line, i) => {
    const element = document.createElement(i === 0 && lines.length > 1 ? 'h1' : 'p');
    element.textContent = line;
    article.append(element);
  });
}

async function highlight() {
  handle?.clear();
  handle = null;
  if (!article.textContent.trim()) {
    setStatus('ready', 'nothing to annotate', nm.engine);
    return;
  }
  const started = performance.now();
  handle = await nm.highlight(article, { panel: true, panelOpen: true });
  const { actors, figures, attributions } = handle.result;
  const ms = Math.round(performance.now() - started);
  status.dataset.marks = String(handle.marks.length);
  status.dataset.runs = String(++runs);
  setStatus('ready', `${actors.length} actors, ${figures.length} figures, ${attributions.length} attributions · ` +
    `${nm.engine} engine · ${ms} ms`, nm.engine);
}

document.getElementById('annotate').addEventListener('click', () => {
  if (!nm) return; // still loading
  showText(document.getElementById('paste').value);
  highlight().catch(fail);
});
document.getElementById('example').addEventListener('click', () => {
  if (!nm) return;
  article.replaceChildren(...example.map((node) => node.cloneNode(true)));
  highlight().catch(fail);
});

function fail(error) {
  setStatus('error', `newsmark failed: ${error.message}`);
  console.warn(error);
}

load()
  .then((loaded) => {
    nm = loaded;
    return highlight();
  })
  .catch(fail);

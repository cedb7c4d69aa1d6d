// The extension's service worker. A toolbar click injects content.js into the
// tab (activeTab grants that tab, once); content.js highlights or clears the
// page. When the page's Content-Security-Policy forbids WebAssembly there,
// content.js asks this worker to run the core instead: only painting happens
// in the page. build.mjs bundles this file with web/core.js.
import { loadCore } from '../../web/core.js';

// The worker is stopped when idle; the core is loaded again on the next request.
let core = null;
function getCore() {
  core ??= loadCore().catch((error) => {
    core = null;
    throw error;
  });
  return core;
}

// Requests of content.js: {type: 'newsmark:core', call: 'engine' | 'annotate' | 'findArticle', input}.
async function answer({ call, input }) {
  const loaded = await getCore();
  if (call === 'engine') return loaded.engine;
  if (call === 'annotate') return loaded.annotate(input);
  if (call === 'findArticle') return loaded.findArticle(input);
  throw new Error(`unknown call ${call}`);
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.type !== 'newsmark:core' || sender.id !== chrome.runtime.id) return false;
  answer(message).then(
    (result) => sendResponse({ result }),
    (error) => sendResponse({ error: { status: error.status ?? 'internal', message: error.message } }),
  );
  return true; // the answer comes asynchronously
});

/**
 * Toggles newsmark in `tab`: the toolbar action. Resolves to what the page
 * reported: {on, engine, marks} or {on: false}, or {error}.
 */
async function toggle(tab) {
  const [injection] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
  const state = injection?.result ?? { error: 'no answer from the page' };
  await chrome.action.setBadgeText({ tabId: tab.id, text: state.on ? 'on' : '' });
  if (state.error) await chrome.action.setTitle({ tabId: tab.id, title: `newsmark: ${state.error}` });
  return state;
}

chrome.action.onClicked.addListener((tab) => {
  toggle(tab).catch((error) => console.warn('newsmark:', error));
});

// The same handler, reachable from the worker's console (and from tests,
// which cannot click a toolbar).
globalThis.newsmarkToggle = toggle;

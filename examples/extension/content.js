// Injected into the tab by the toolbar action (background.js). The first run
// highlights the page's article, the next clears it, and so on. The result of
// the last expression (a promise) is what the service worker receives.
(() => {
  const state = (globalThis.newsmarkExtension ??= { handle: null, nm: null });

  // A stand-in core that forwards to the service worker. highlight() calls
  // the core synchronously, so a call whose answer is not here yet throws
  // Pending; toggleOn() fetches the answer and runs highlight() again.
  class Pending extends Error {}
  function workerCore(engine) {
    const answers = new Map();
    let wanted = null;
    const ask = (call, input) => {
      const key = `${call}\u0000${input}`;
      if (answers.has(key)) return answers.get(key);
      wanted = { call, input, key };
      throw new Pending(call);
    };
    return {
      engine: `extension-${engine}`,
      annotate: (text) => ask('annotate', text),
      findArticle: (blockTree) => ask('findArticle', blockTree),
      memoryBytes: () => 0,
      async fetchWanted() {
        const { call, input, key } = wanted;
        answers.set(key, await callWorker(call, input));
      },
    };
  }

  async function callWorker(call, input) {
    const reply = await chrome.runtime.sendMessage({ type: 'newsmark:core', call, input });
    if (reply?.error) throw Object.assign(new Error(reply.error.message), { name: 'NewsmarkError', status: reply.error.status });
    return reply?.result;
  }

  // True when this page lets the content script compile WebAssembly (its CSP may not).
  function wasmAllowed() {
    try {
      return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) instanceof WebAssembly.Module;
    } catch {
      return false;
    }
  }

  async function loadApi() {
    const { load } = await import(chrome.runtime.getURL('newsmark.js'));
    if (wasmAllowed()) return { nm: await load(), core: null };
    const core = workerCore(await callWorker('engine'));
    return { nm: await load({ core }), core };
  }

  async function toggleOn() {
    state.api ??= await loadApi();
    const { nm, core } = state.api;
    // Re-reading the page on changes would need the worker again; the remote
    // core paints once (toggle twice to refresh).
    const options = { panel: true, observe: core === null };
    for (let attempt = 0; ; attempt++) {
      try {
        state.handle = await nm.highlight(undefined, options);
        break;
      } catch (error) {
        if (!(error instanceof Pending) || attempt > 4) throw error;
        await core.fetchWanted();
      }
    }
    document.documentElement.dataset.newsmarkEngine = nm.engine;
    return { on: true, engine: nm.engine, marks: state.handle.marks.length };
  }

  if (state.handle) {
    state.handle.clear();
    state.handle = null;
    delete document.documentElement.dataset.newsmarkEngine;
    return Promise.resolve({ on: false });
  }
  return toggleOn().catch((error) => {
    console.warn('newsmark:', error);
    return { on: false, error: error.message };
  });
})();

// Shared pieces of the JS benchmarks: the texts, statistics, and one "engine"
// object per library so that every library is measured doing the same job on
// the same text in the same way.
//
// newsmark is loaded from dist/newsmark.js when it is there, otherwise from the
// Emscripten glue in build/wasm/bin (the way web/core.js instantiates it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The project's example article (plain text, ~2 KB). */
export function article() {
  return readFileSync(join(root, 'examples/article.txt'), 'utf8');
}

/** `text` repeated, copies separated by a blank line, to at least `bytes` UTF-8 bytes. */
export function repeatTo(text, bytes) {
  const copy = Buffer.byteLength(text) + 2;
  const copies = Math.max(1, Math.ceil(bytes / copy));
  return Array(copies).fill(text).join('\n\n');
}

export const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.round(q * (s.length - 1)))];
}

/** Runs `work(text)` `warmup` times, then `runs` timed times (gc() before each when exposed). */
export function timeRuns(work, text, runs, warmup) {
  let last;
  for (let i = 0; i < warmup; i++) last = work(text);
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const t0 = performance.now();
    last = work(text);
    times.push(performance.now() - t0);
  }
  const med = median(times);
  return {
    runs,
    warmup,
    medianMs: med,
    p90Ms: quantile(times, 0.9),
    minMs: Math.min(...times),
    mbPerS: utf8Bytes(text) / 1e6 / (med / 1000),
    counts: last,
  };
}

/** Where newsmark's loader lives: the bundle in dist/ or, before it exists, the raw glue. */
export function newsmarkSource() {
  if (existsSync(join(root, 'dist/newsmark.js')) && existsSync(join(root, 'dist/newsmark.wasm'))) return 'dist';
  if (existsSync(join(root, 'build/wasm/bin/newsmark-core.mjs'))) return 'build';
  throw new Error('no newsmark build: run scripts/build wasm (or dist) first');
}

// Flags of nm_annotate (wasm/newsmark_wasm.cc), for the raw-glue path.
const SKIP = { actors: 1, figures: 2, attributions: 4 };

/**
 * Loads newsmark's core: `{annotate(text, layers), memoryBytes(), engine}`.
 * `engine: 'js'` selects the no-wasm build.
 */
export async function loadNewsmark({ engine = 'wasm' } = {}) {
  if (newsmarkSource() === 'dist') {
    // load() is the public API; loadCore(), when exported, also reports memory.
    const dist = await import(pathToFileURL(join(root, 'dist/newsmark.js')).href);
    const options = engine === 'js' ? { engine: 'js' } : {};
    if (dist.loadCore) return dist.loadCore(options);
    const api = await dist.load(options);
    return { engine: api.engine, annotate: (t, layers) => api.annotate(t, layers), memoryBytes: () => null };
  }
  // The same marshalling as web/core.js, over the glue in build/wasm/bin.
  const bin = join(root, 'build/wasm/bin');
  let module;
  if (engine === 'js') {
    const { default: create } = await import(pathToFileURL(join(bin, 'newsmark-core.js.mjs')).href);
    module = await create({});
  } else {
    const { default: create } = await import(pathToFileURL(join(bin, 'newsmark-core.mjs')).href);
    const compiled = await WebAssembly.compile(readFileSync(join(bin, 'newsmark-core.wasm')));
    module = await create({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
        return {};
      },
    });
  }
  return rawCore(module, engine);
}

/** The annotate() of web/core.js over an already instantiated Emscripten module. */
export function rawCore(module, engine = 'wasm') {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  return {
    engine,
    memoryBytes: () => module.HEAPU8.length,
    annotate(text, layers = {}) {
      let flags = 0;
      for (const [layer, bit] of Object.entries(SKIP)) if (layers[layer] === false) flags |= bit;
      const capacity = text.length * 3 + 1;
      const pointer = module._nm_alloc(capacity);
      let size;
      try {
        const { written } = encoder.encodeInto(text, module.HEAPU8.subarray(pointer, pointer + capacity));
        size = module._nm_annotate(pointer, written, flags);
      } finally {
        module._nm_free(pointer);
      }
      const data = module._nm_result_data();
      const result = JSON.parse(decoder.decode(module.HEAPU8.subarray(data, data + size)));
      if (result.error) throw new Error(`${result.error.status}: ${result.error.message}`);
      return result;
    },
  };
}

/** Counts of what newsmark found, for the tables. */
export function newsmarkCounts(r) {
  return {
    actors: r.actors.length,
    mentions: r.actors.reduce((n, a) => n + a.mentions.length, 0),
    figures: r.figures.length,
    attributions: r.attributions.length,
  };
}

/**
 * The engines the speed bench compares. Each does its library's whole job on
 * one text and returns counts (so nothing is optimised away):
 *   newsmark*   annotate() → parsed JSON (actors, figures, attributions, offsets)
 *   compromise  nlp(text) + people/organizations/places/numbers/quotations views
 *               (the same work as shared/research/peers-bench/speed-one.mjs)
 *   wink        readDoc + entities().out(its.detail) + tokens().out()
 */
export async function loadEngine(name) {
  if (name.startsWith('newsmark')) {
    const core = await loadNewsmark({ engine: name === 'newsmark-js' ? 'js' : 'wasm' });
    const only = name.match(/^newsmark-(actors|figures|attributions)$/)?.[1];
    const layers = only ? { actors: only === 'actors', figures: only === 'figures', attributions: only === 'attributions' } : {};
    return { name, core, work: (t) => newsmarkCounts(core.annotate(t, layers)) };
  }
  if (name === 'compromise') {
    const nlp = (await import('compromise')).default;
    return {
      name,
      work: (t) => {
        const doc = nlp(t);
        return [doc.people(), doc.organizations(), doc.places(), doc.numbers(), doc.quotations()].map((v) => v.length);
      },
    };
  }
  if (name === 'wink') {
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    const its = nlp.its;
    return {
      name,
      work: (t) => {
        const doc = nlp.readDoc(t);
        return [doc.entities().out(its.detail).length, doc.tokens().out().length];
      },
    };
  }
  throw new Error(`unknown engine ${name}`);
}

export const fmt = {
  ms: (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)),
  mbs: (x) => (x >= 10 ? x.toFixed(1) : x.toFixed(2)),
  kib: (n) => (n / 1024).toFixed(1),
  mib: (n) => (n / 1048576).toFixed(1),
};

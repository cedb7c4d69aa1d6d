// Loads the C++ core (WebAssembly, or the same core compiled to JavaScript when
// the page forbids wasm) and exposes its two calls. Everything about text is
// decided in the core; this file only moves bytes across the boundary.
import createNewsmarkCore from './newsmark-core.mjs';
import { compileWasm } from './wasm-source.js';
import { PACKED_HEADER, packBlockTree } from './block-tree.js';

const ABI_VERSION = 2;

// Flags of nm_annotate (wasm/newsmark_wasm.cc).
const SKIP_ACTORS = 1;
const SKIP_FIGURES = 2;
const SKIP_ATTRIBUTIONS = 4;

/** An input the core refused (invalid, empty, too large) or a broken module. */
export class NewsmarkError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'NewsmarkError';
    this.status = status;
  }
}

// The smallest valid module: if even this fails to compile, the host forbids
// wasm (a Content-Security-Policy without 'wasm-unsafe-eval'), whatever words
// the browser uses to say so.
const EMPTY_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

async function wasmAllowed() {
  try {
    await WebAssembly.compile(EMPTY_MODULE);
    return true;
  } catch {
    return false;
  }
}

async function instantiate(options) {
  if (options.engine !== 'js' && typeof WebAssembly === 'object' && (await wasmAllowed())) {
    let compiled = options.wasmModule ?? null;
    try {
      compiled ??= await (options.wasmBinary ? WebAssembly.compile(options.wasmBinary) : compileWasm());
    } catch (error) {
      if (!(error instanceof WebAssembly.CompileError)) throw error;
      throw new NewsmarkError('internal', `newsmark.wasm is damaged: ${error.message}`);
    }
    const module = await createNewsmarkCore({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
        return {};
      },
    });
    return { module, engine: 'wasm', compiled };
  }
  // The same C++ core compiled to plain JavaScript, loaded only when needed.
  const url = options.jsEngineUrl ?? new URL('./newsmark-core.js.mjs', import.meta.url).href;
  const { default: createJsCore } = await import(/* @vite-ignore */ url);
  return { module: await createJsCore({}), engine: 'js', compiled: null };
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    throw new NewsmarkError('invalid_input', 'the block tree is not valid JSON');
  }
}

// UTF-8 cannot carry a lone surrogate: TextEncoder sends U+FFFD instead (one
// UTF-16 unit either way, so offsets stay right). Span texts are then cut from
// the caller's own string so that text.slice(start, end) === span.text holds.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function restoreSpanTexts(result, text) {
  const fix = (span) => {
    if (span) span.text = text.slice(span.start, span.end);
  };
  for (const actor of result.actors) actor.mentions.forEach(fix);
  for (const figure of result.figures) {
    fix(figure);
    fix(figure.counts);
  }
  for (const attribution of result.attributions) {
    fix(attribution.source);
    fix(attribution.cue);
    attribution.content.forEach(fix);
  }
}

/**
 * Loads the core. Options: `engine: 'js'` forces the JavaScript engine;
 * `wasmBinary` supplies the wasm bytes, or `wasmModule` the compiled module;
 * `jsEngineUrl` locates the JS engine.
 */
export async function loadCore(options = {}) {
  const { module, engine, compiled } = await instantiate(options);
  if (module._nm_abi_version() !== ABI_VERSION) {
    throw new NewsmarkError('internal', `core ABI ${module._nm_abi_version()} does not match the shim's ${ABI_VERSION}`);
  }
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // Copies `text` into the module as UTF-8, runs `call` on it, returns the parsed JSON.
  function call(text, run) {
    const capacity = text.length * 3 + 1; // worst case: 3 bytes per UTF-16 unit
    const pointer = module._nm_alloc(capacity);
    if (!pointer) throw new NewsmarkError('input_too_large', 'out of memory for the input');
    let size;
    try {
      const { written } = encoder.encodeInto(text, module.HEAPU8.subarray(pointer, pointer + capacity));
      size = run(pointer, written);
    } finally {
      module._nm_free(pointer);
    }
    // Read HEAPU8 afresh: memory growth detaches old views.
    const data = module._nm_result_data();
    return JSON.parse(decoder.decode(module.HEAPU8.subarray(data, data + size)));
  }

  return {
    engine,
    /** The compiled WebAssembly.Module (null for the JS engine), for a worker to reuse. */
    wasmModule: compiled,
    /** Bytes of linear memory the core holds (for leak checks and benches). */
    memoryBytes() {
      return module.HEAPU8.length;
    },
    /** The JSON contract v1 for `text`, offsets in UTF-16 units (JS string indices). */
    annotate(text, layers = {}) {
      if (typeof text !== 'string') throw new NewsmarkError('invalid_input', 'annotate() takes a string');
      const flags = (layers.actors === false ? SKIP_ACTORS : 0) |
        (layers.figures === false ? SKIP_FIGURES : 0) |
        (layers.attributions === false ? SKIP_ATTRIBUTIONS : 0);
      const result = call(text, (pointer, size) => module._nm_annotate(pointer, size, flags));
      if (result.error) throw new NewsmarkError(result.error.status, result.error.message);
      if (LONE_SURROGATE.test(text)) restoreSpanTexts(result, text);
      return result;
    },
    /**
     * The core's choice of article in a block tree (docs/block-tree.md): the
     * tree as an object, as JSON, or already packed.
     */
    findArticle(blockTree) {
      let packed = blockTree;
      if (typeof blockTree !== 'string' || !blockTree.startsWith(PACKED_HEADER)) {
        const tree = typeof blockTree === 'string' ? parseJson(blockTree) : blockTree;
        if (!Array.isArray(tree?.blocks)) throw new NewsmarkError('invalid_input', 'the block tree has no "blocks" array');
        packed = packBlockTree(tree);
      }
      const result = call(packed, (pointer, size) => module._nm_find_article_packed(pointer, size));
      if (result.error) throw new NewsmarkError('invalid_input', result.error);
      return result;
    },
  };
}

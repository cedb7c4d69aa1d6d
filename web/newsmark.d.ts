// Types of the public API of newsmark (web/newsmark.js, dist/newsmark.js).

export interface Span { start: number; end: number; text: string }

export interface Actor {
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'media' | 'country' | 'place' | 'group';
  role: string | null;
  prominence: number;
  mentions: Span[];
}

export interface Figure extends Span {
  kind: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  counts: Span | null;
}

export interface Attribution {
  kind: 'direct' | 'indirect' | 'mixed' | 'according_to';
  source: (Span & { actor: string | null }) | null;
  cue: Span | null;
  content: Span[];
}

/** Contract v1: offsets are UTF-16 code units (JavaScript string indices). */
export interface Result {
  version: 1;
  offsets: 'utf16';
  actors: Actor[];
  figures: Figure[];
  attributions: Attribution[];
  error: null | { status: string; message: string };
}

export interface Layers { actors?: boolean; figures?: boolean; attributions?: boolean }
export type Category = 'actors' | 'figures' | 'attributions';

export interface Mark {
  start: number;
  end: number;
  text: string;
  style: string;
  role: 'actor' | 'figure' | 'cue' | 'source' | 'quote';
  item: Actor | Figure | Attribution;
  index: number;
}

export interface HighlightOptions {
  /** Wrap text in <newsmark-mark> elements instead of using the CSS Custom Highlight API. */
  fallback?: boolean;
  scheme?: 'auto' | 'light' | 'dark';
  /** Show the panel (default true) and open it at once (default false). */
  panel?: boolean;
  panelOpen?: boolean;
  /** Show a card on hover and focus (default true). */
  cards?: boolean;
  /** false hides a category at the start. */
  categories?: Partial<Record<Category, boolean>>;
  layers?: Layers;
  /** Re-annotate when the article changes (default true). */
  observe?: boolean;
  signal?: AbortSignal;
  /** Paints a result made elsewhere (e.g. from W3C annotations) for the article text. */
  resultFor?: (text: string) => Result;
  /** Annotate long texts in a worker when the build and the page allow one (default true). */
  worker?: boolean;
}

export interface HighlightHandle {
  readonly result: Result | null;
  readonly text: string;
  readonly marks: Mark[];
  readonly mode: 'highlight' | 'wrap' | null;
  /** Where the core ran: 'worker' for long texts when possible, else 'main'. */
  readonly thread: 'worker' | 'main' | null;
  readonly element: Element | null;
  rangeOf(mark: Mark): Range | null;
  setHidden(category: Category, hidden: boolean): void;
  refresh(): Promise<HighlightHandle>;
  clear(): void;
}

export interface Article {
  element: Element | null;
  headline: Element | null;
  /** The summary printed between headline and body (the "dek"); annotated with them. */
  standfirst: Element | null;
  body: string;
  blocks: Element[];
}

export interface Newsmark {
  readonly engine: 'wasm' | 'js';
  annotate(text: string, layers?: Layers): Result;
  findArticle(doc?: Document): Article;
  highlight(element?: Element | null, options?: HighlightOptions): Promise<HighlightHandle>;
}

export interface LoadOptions {
  engine?: 'js';
  wasmBinary?: Uint8Array;
  jsEngineUrl?: string;
}

export function load(options?: LoadOptions): Promise<Newsmark>;

/** A page's block-level elements (docs/block-tree.md). */
export interface BlockTree {
  title?: string;
  blocks: { tag: string; parent?: number; id?: string; class?: string; role?: string; itemprop?: string; text?: string; links?: number }[];
}

/** The core alone: the two calls of the C++ core, without any DOM part. */
export interface Core {
  readonly engine: 'wasm' | 'js';
  annotate(text: string, layers?: Layers): Result;
  /** The article in a block tree (docs/block-tree.md: an object, JSON or the packed form), as the core picks it. */
  findArticle(blockTree: string | BlockTree): { body: number[]; container: number | null; headline: number | null; standfirst: number | null };
}
export function loadCore(options?: LoadOptions): Promise<Core>;

export class NewsmarkError extends Error {
  status: string;
}

/** W3C Web Annotations (an AnnotationCollection) for a result and its text (web/w3c.js). */
export function toW3C(result: Result, text: string, options?: { source?: string }): object;
/** Anchors W3C annotations in `text` again; gives a result the widget can paint. */
export function fromW3C(input: object | string, text: string): Result;

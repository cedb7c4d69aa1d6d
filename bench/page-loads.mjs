// What one page loads of dist/, by flavour, and the gzip budget each must keep
// (bench/sizes.mjs prints them; tests/js/size-budget.test.mjs holds them to it).

export const BUDGET_GZIP = 400 * 1024;

/**
 * A page loads either newsmark.js + newsmark.wasm, or newsmark.single.js, or
 * (no wasm allowed) newsmark.js + newsmark-core.js.mjs; plus the stylesheet.
 * `gzipOf(file)` gives a dist/ file's gzip size; returns {label: bytes}.
 */
export function pageLoads(gzipOf) {
  const sum = (...names) => names.reduce((n, f) => n + gzipOf(f), 0);
  const css = 'newsmark.css';
  return {
    'newsmark.js + newsmark.wasm (+ css)': sum('newsmark.js', 'newsmark.wasm', css),
    'newsmark.single.js (+ css)': sum('newsmark.single.js', css),
    'newsmark.js + newsmark-core.js.mjs (+ css)': sum('newsmark.js', 'newsmark-core.js.mjs', css),
  };
}

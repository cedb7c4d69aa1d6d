#!/usr/bin/env node
// Writes the offline demo: one self-contained HTML file (the core's wasm
// inlined through newsmark.single.js, the styles inlined, the article built
// in) that works when opened from file:// with no server.
//
// Usage: node scripts/make-offline-demo.mjs [ARTICLE.txt] [--out FILE]
//   ARTICLE  plain text, headline on the first line (default examples/article.txt)
//   --out    where to write (default build/offline/index.html)
// Needs dist/ (make dist). The page is generated, not committed: its sources
// are examples/offline/page.html and examples/offline/demo.js.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.NEWSMARK_DIST || 'dist');

function usage(message) {
  console.error(`make-offline-demo: ${message}\nusage: node scripts/make-offline-demo.mjs [ARTICLE.txt] [--out FILE]`);
  process.exit(2);
}

let articleFile = path.join(root, 'examples/article.txt');
let out = path.join(root, 'build/offline/index.html');
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--out') {
    if (!args[i + 1]) usage('--out needs a file');
    out = path.resolve(args[++i]);
  } else if (args[i].startsWith('-')) {
    usage(`unknown option ${args[i]}`);
  } else {
    articleFile = path.resolve(args[i]);
  }
}

const single = path.join(dist, 'newsmark.single.js');
if (!existsSync(single)) {
  console.error(`make-offline-demo: ${path.relative(process.cwd(), single)} is missing: run "make dist" first`);
  process.exit(1);
}
let articleText;
try {
  articleText = readFileSync(articleFile, 'utf8');
} catch (error) {
  usage(`cannot read ${articleFile}: ${error.message}`);
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// Headline on the first line, then one paragraph per line (as the demo's paste box does).
function articleHtml(text) {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (!lines.length) usage(`${articleFile} is empty`);
  return lines.map((line, i) => (i === 0 && lines.length > 1 ? `<h1>${escapeHtml(line)}</h1>` : `<p>${escapeHtml(line)}</p>`)).join('\n');
}

// The page logic and the single-file bundle, as one inline module.
const bundled = await build({
  entryPoints: [path.join(root, 'examples/offline/demo.js')],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [{
    name: 'newsmark-dist',
    setup(b) {
      b.onResolve({ filter: /\/dist\/newsmark\.single\.js$/ }, () => ({ path: single }));
    },
  }],
});
const script = bundled.outputFiles[0].text;
// Inside <script>, these would end the element or change how it is parsed.
if (/<\/script|<!--/i.test(script)) {
  console.error('make-offline-demo: the bundle contains "</script" or "<!--" and cannot be inlined');
  process.exit(1);
}

const cssFile = path.join(dist, 'newsmark.css');
const css = existsSync(cssFile) ? readFileSync(cssFile, 'utf8').replace(/<\/style/gi, '<\\/style') : '';

const template = readFileSync(path.join(root, 'examples/offline/page.html'), 'utf8');
// Function replacements: the inlined code may contain "$&" and the like.
const page = template
  .replace('/*newsmark:css*/', () => css)
  .replace('<!--newsmark:article-->', () => articleHtml(articleText))
  .replace('/*newsmark:script*/', () => script);

mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, page);
const size = (page.length / 1024 / 1024).toFixed(1);
const shown = path.relative(process.cwd(), out);
console.log(`offline demo: ${shown.startsWith('..') ? out : shown} (${size} MB, one file: open it in a browser, no server needed)`);

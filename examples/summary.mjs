// Prints a readable summary of what newsmark finds in a text file, using the
// built module from Node:  node examples/summary.mjs [FILE]
import { readFile } from 'node:fs/promises';
import { load } from '../dist/newsmark.js';

const file = process.argv[2] ?? new URL('./article.txt', import.meta.url);
const text = await readFile(file, 'utf8');
const nm = await load();
const result = nm.annotate(text);

const quote = (s, max = 90) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const actorsById = new Map(result.actors.map((a) => [a.id, a]));

console.log(`newsmark (${nm.engine}) on ${file}: ${text.length} characters\n`);
console.log(`Actors (${result.actors.length}), most prominent first:`);
for (const a of result.actors) {
  const role = a.role ? `, ${a.role}` : '';
  const forms = [...new Set(a.mentions.map((m) => m.text))].join(' = ');
  console.log(`  ${a.name} [${a.kind}${role}] ×${a.mentions.length}: ${forms}`);
}
console.log(`\nFigures (${result.figures.length}):`);
for (const f of result.figures) {
  const bound = f.qualifier ? ` ${f.qualifier}` : '';
  const value = f.value ?? [f.low, f.high].filter((v) => v != null).join('–');
  const unit = f.unit ? ` ${f.unit}` : '';
  const counts = f.counts ? ` → ${f.counts.text}` : '';
  console.log(`  "${f.text}" ${f.kind}${bound} ${value}${unit}${counts}`);
}
console.log(`\nWho said what (${result.attributions.length}):`);
for (const a of result.attributions) {
  const actor = a.source?.actor ? actorsById.get(a.source.actor) : null;
  const who = a.source ? (actor && actor.name !== a.source.text ? `${a.source.text} (${actor.name})` : a.source.text) : '(unnamed)';
  const content = a.content.map((c) => c.text).join(' … ');
  console.log(`  ${who} — ${a.cue.text} [${a.kind}]: “${quote(content)}”`);
}

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { extractPage, extractFromText, passagesFromLines } from './extractors/index.js';
import { extractProcedures } from './extractors/procedure/index.js';
import { renderBenchArticles } from './bench/site.js';
const out: string[] = [];
for (const d of ['/work/shared/corpus/dev', '/work/shared/corpus/seeds']) for (const f of readdirSync(d).filter((f) => f.endsWith('.json')).sort()) {
  const a = JSON.parse(readFileSync(`${d}/${f}`, 'utf8'));
  const ps = passagesFromLines(a.text.split(/\r?\n/).map((text: string) => ({ text })));
  for (const c of extractProcedures(ps, { url: a.url, title: a.title, published: null })) out.push(f + ' ' + JSON.stringify(c));
}
for (const p of renderBenchArticles(600)) { const e = extractPage(p.html, 'http://x' + p.path); for (const c of extractProcedures(e.passages, e)) out.push(p.path + ' ' + JSON.stringify(c)); }
writeFileSync(process.argv[2]!, out.join('\n'));
console.log(out.length);

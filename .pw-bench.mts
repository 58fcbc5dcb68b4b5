import { extractPage } from './extractors/index.js';
import { extractProcedures } from './extractors/procedure/index.js';
import { extractFigures } from './extractors/figure/index.js';
import { renderBenchArticles } from './bench/site.js';
const pages = renderBenchArticles(600).map((p) => ({ html: p.html, url: `http://127.0.0.1${p.path}` }));
const kb = pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0) / 1024;
const extracted = pages.map((p) => extractPage(p.html, p.url));
const reps = Number(process.argv[2] ?? 5);
function time(name: string, fn: () => void) {
  fn();
  const xs: number[] = [];
  for (let r = 0; r < reps; r++) { const t = process.cpuUsage(); fn(); const d = process.cpuUsage(t); xs.push((d.user + d.system) / 1000); }
  xs.sort((a, b) => a - b);
  console.log(name.padEnd(14), (xs[Math.floor(xs.length / 2)]! / kb).toFixed(4), 'ms/KB');
}
time('procedures', () => { for (const e of extracted) extractProcedures(e.passages, e); });
time('figures', () => { for (const e of extracted) extractFigures(e.passages, e); });
time('extractPage', () => { for (const p of pages) extractPage(p.html, p.url); });
console.log('KB', kb.toFixed(0), 'pages', pages.length, 'procs', extracted.reduce((s, e) => s + e.claims.filter((c) => c.kind === 'procedure').length, 0));

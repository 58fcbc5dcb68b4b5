import { extractPage } from './extractors/index.js';
import { extractProcedures } from './extractors/procedure/index.js';
import { renderBenchArticles } from './bench/site.js';
const pages = renderBenchArticles(600).map((p) => ({ html: p.html, url: `http://127.0.0.1${p.path}` }));
const extracted = pages.map((p) => extractPage(p.html, p.url));
for (let r = 0; r < 15; r++) for (const e of extracted) extractProcedures(e.passages, e);

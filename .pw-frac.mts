import { extractPage } from './extractors/index.js';
import { channelsIn } from './extractors/procedure/cues.js';
import { renderBenchArticles } from './bench/site.js';
const pages = renderBenchArticles(600).map((p) => ({ html: p.html, url: `http://127.0.0.1${p.path}` }));
const ex = pages.map((p) => extractPage(p.html, p.url));
let none = 0, passWith = 0, passAll = 0;
for (const e of ex) { const has = e.passages.filter((p) => channelsIn(p.text).length > 0).length; if (!has) none++; passWith += has; passAll += e.passages.length; }
console.log('pages', ex.length, 'no channel', none, 'passages', passAll, 'with channel', passWith);

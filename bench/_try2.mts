import { startBenchSite } from './site.js';
import { crawlWithCheerioCrawler } from './baselines.js';
const site = await startBenchSite({ articles: 100 });
let t = performance.now();
for (let i = 0; i < 50; i++) { const r = await fetch(site.url + '/'); await r.text(); }
console.log('seq fetch ms/req', (performance.now() - t) / 50);
t = performance.now();
const lists = ['/www.yibao-bench.example/'];
for (let i = 0; i < 50; i++) { const r = await fetch(site.url + lists[0]); await r.text(); }
console.log('seq list ms/req', (performance.now() - t) / 50);
await site.close();

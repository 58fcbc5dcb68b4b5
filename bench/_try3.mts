import { CheerioCrawler, Configuration, log } from 'crawlee';
import { startBenchSite } from './site.js';
const site = await startBenchSite({ articles: 200 });
for (const min of [8, undefined]) {
  log.setLevel(log.LEVELS.OFF);
  let pages = 0; const t = performance.now();
  const c = new CheerioCrawler({ maxConcurrency: 8, minConcurrency: min, async requestHandler({ enqueueLinks }) { pages++; await enqueueLinks(); } }, new Configuration({ persistStorage: false }));
  await c.run([site.url + '/']);
  const s = (performance.now() - t) / 1000;
  console.log('min', min, pages, s.toFixed(1), (pages / s).toFixed(1), JSON.stringify(c.autoscaledPool ? {} : {}));
}
await site.close();

/** One call for "crawl these URLs into this data dir with this config" — used by the demo, eval and tests. */
import type { Config } from '../config/index.js';
import { createCrawlScope } from './crawl-scope.js';
import { crawlEmbedded, type CrawlProgress, type CrawlSummary } from './embedded-crawl.js';
import { openBackends } from './open.js';

export async function crawlInto(
    config: Config,
    startUrls: string[],
    options: { allowHosts?: string[]; onProgress?: (progress: CrawlProgress) => void } = {},
): Promise<CrawlSummary> {
    const scope = createCrawlScope(startUrls, options.allowHosts);
    const backends = await openBackends(config);
    try {
        return await crawlEmbedded(scope, config, { ...backends, onProgress: options.onProgress });
    } finally {
        await backends.close();
    }
}

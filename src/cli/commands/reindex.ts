import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { openBackends } from '../../pipeline/open.js';
import { reindex } from '../../pipeline/reindex.js';
import { acquireCrawlLock } from '../../storage/crawl-lock.js';
import { requireCrawl } from '../../storage/crawl-present.js';

export function registerReindex(program: Command): void {
    program
        .command('reindex')
        .description('extract stored pages again and rebuild the search index, without fetching anything')
        .action(async (flags: { dataDir?: string }) => {
            const config = loadConfig({ dataDir: flags.dataDir });
            requireCrawl(config.dataDir);
            // It rewrites every page's claims: never while a crawl writes the same data dir.
            const release = acquireCrawlLock(config.dataDir);
            const backends = await openBackends(config).catch((err: unknown) => {
                release();
                throw err;
            });
            try {
                const summary = await reindex(backends.store, backends.index);
                process.stderr.write(
                    `reindexed ${summary.pages} pages (${summary.reextracted} extracted again from stored HTML, ` +
                        `${summary.withoutHtml} without HTML kept as they were): ${summary.claims} claims indexed\n`,
                );
            } finally {
                await backends.close();
                release();
            }
        });
}

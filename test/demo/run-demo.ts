/**
 * `npm run demo`: serve the demo corpus sites on 127.0.0.1:8390 (or --port), crawl the sites of test/demo/sites.yaml
 * with the embedded default into ./data (or --data-dir), and print what a researcher would look at first: comparisons for a few regions
 * and the top conflicts. Then say how to search what was indexed. Run again, it recrawls the same URLs in place
 * and prints the same tables.
 */
import { parseArgs } from 'node:util';
import { compareClaims, findConflicts, formatComparisonTable, formatConflicts } from '../../src/compare/index.js';
import { loadConfig } from '../../src/config/index.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { readFileSync } from 'node:fs';
import { parseSitesFile, type SitesFile } from '../../crawlers/sites-file.js';
import { crawlTarget } from '../../src/sites/crawl-target.js';
import { createProgressLine, reportError } from '../../src/cli/output.js';
import { ClaimscopeError, UsageError } from '../../src/errors.js';
import { DEMO_PORT, startDemoServer } from './server.js';

const DEMO_REGIONS = ['北京', '上海', '深圳'];
const SITES_FILE = new URL('./sites.yaml', import.meta.url);

/** The demo's sites file, on the port the demo serves (the file names the default one). */
function demoSites(port: number): SitesFile {
    const text = readFileSync(SITES_FILE, 'utf8').replaceAll(`127.0.0.1:${DEMO_PORT}/`, `127.0.0.1:${port}/`);
    return parseSitesFile(text, SITES_FILE.pathname);
}

async function main(): Promise<void> {
    const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } } });
    const config = loadConfig({ dataDir: values['data-dir'] });
    const port = values.port === undefined ? DEMO_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new UsageError(`--port expects 1…65535, got ${JSON.stringify(values.port)}`);
    let server: Awaited<ReturnType<typeof startDemoServer>>;
    try {
        server = await startDemoServer({ port });
    } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        throw new ClaimscopeError(`port ${port} is in use: stop what holds it (another demo?) or run \`npm run demo -- --port N\``);
    }
    console.log(`demo sites served at ${server.url}/ — crawling into ${config.dataDir}`);
    const progress = createProgressLine(process.stdout, 2000);
    try {
        const { sites } = demoSites(port);
        const totals = { done: 0, seconds: 0, stored: 0, unchanged: 0, claims: 0 };
        for (const site of sites) {
            const { summary } = await crawlTarget(
                config,
                { label: site.entry.id, startUrls: site.entry.startUrls, allowHosts: [], site },
                {
                    sites,
                    onProgress: (p) =>
                        progress.update(`  ${site.entry.id}: ${p.done} pages done, ${p.queued} queued, ${p.failed} failed, ${p.pagesPerSecond.toFixed(1)} pages/s`),
                },
            );
            for (const key of ['done', 'seconds', 'stored', 'unchanged'] as const) totals[key] += summary[key];
            totals.claims = summary.claims;
        }
        progress.done();
        console.log(
            `crawled ${totals.done} pages in ${totals.seconds.toFixed(1)} s: ${totals.stored} new or changed articles, ` +
                `${totals.unchanged} unchanged, ${totals.claims} claims\n`,
        );
    } finally {
        await server.close();
    }

    const backends = await openBackends(config);
    const claims = await readClaims(backends.store);
    await backends.close();
    const groups = compareClaims(claims);
    for (const region of DEMO_REGIONS) {
        console.log(`== ${region}: what the sites say ==`);
        console.log(formatComparisonTable(groups.filter((group) => group.region === region)));
        console.log();
    }
    console.log('== Top conflicts (copies of one template count once) ==');
    console.log(formatConflicts(findConflicts(groups).slice(0, 5)));
    const dirFlag = values['data-dir'] ? ` --data-dir ${values['data-dir']}` : '';
    const portFlag = port === DEMO_PORT ? '' : ` --port ${port}`;
    console.log(`
Source links (${server.url}/…) open while the demo sites are served: npx tsx test/demo/serve.ts${portFlag}

Search what was indexed:
  npx claimscope search 返款 --region 北京${dirFlag}
  npx claimscope compare --region 上海${dirFlag}
  npx claimscope conflicts --json${dirFlag}
  npx claimscope export --format jsonl${dirFlag} > claims.jsonl`);
}

main().catch((err) => {
    process.exitCode = reportError(err);
});

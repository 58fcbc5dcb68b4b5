/**
 * `npm run demo`: serve the demo corpus sites on 127.0.0.1:8390 (or --port), crawl them with the embedded default
 * into ./data (or --data-dir), and print what a researcher would look at first: comparisons for a few regions
 * and the top conflicts. Then say how to search what was indexed. Run again, it recrawls the same URLs in place
 * and prints the same tables.
 */
import { parseArgs } from 'node:util';
import { compareClaims, findConflicts, formatComparisonTable, formatConflicts } from '../../src/compare/index.js';
import { loadConfig } from '../../src/config/index.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { crawlInto } from '../../src/pipeline/run-crawl.js';
import { createProgressLine, reportError } from '../../src/cli/output.js';
import { ClaimscopeError, UsageError } from '../../src/errors.js';
import { DEMO_PORT, startDemoServer } from './server.js';

const DEMO_REGIONS = ['北京', '上海', '深圳'];

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
        const summary = await crawlInto(config, [`${server.url}/`], {
            onProgress: (p) => progress.update(`  ${p.done} pages done, ${p.queued} queued, ${p.failed} failed, ${p.pagesPerSecond.toFixed(1)} pages/s`),
        });
        progress.done();
        console.log(
            `crawled ${summary.done} pages in ${summary.seconds.toFixed(1)} s: ${summary.stored} new or changed articles, ` +
                `${summary.unchanged} unchanged, ${summary.claims} claims\n`,
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

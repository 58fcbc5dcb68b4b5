/**
 * `npx tsx test/heldout/score.ts`: crawl the held-out pages over loopback, export the claims and score them with
 * the shared scorer against test/heldout/gold.jsonl (with --pages, so claims on pages without gold count as
 * false hits). Prints the scorer's full report, misses and false hits included.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/index.js';
import { openBackends, readClaims } from '../../src/pipeline/open.js';
import { crawlInto } from '../../src/pipeline/run-crawl.js';
import { startHeldoutServer } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The scorer ships with the shared material beside the repository; CLAIMSCOPE_SCORER points elsewhere. */
function scorerPath(): string {
    return process.env.CLAIMSCOPE_SCORER ?? resolve(here, '..', '..', '..', 'shared', 'eval', 'score.mjs');
}

/** Crawls the held-out web into a temporary data dir and returns the scorer's report. */
export async function scoreHeldout(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'claimscope-heldout-'));
    const server = await startHeldoutServer();
    try {
        const config = loadConfig({ dataDir: dir, maxPages: 1000 }, {});
        await crawlInto(config, [`${server.url}/`]);
        const backends = await openBackends(config);
        const claims = await readClaims(backends.store);
        await backends.close();
        const pred = join(dir, 'claims.jsonl');
        await writeFile(pred, claims.map((claim) => JSON.stringify(claim)).join('\n'));
        const args = [
            scorerPath(),
            '--gold', join(here, 'gold.jsonl'),
            '--pred', pred,
            '--pages', join(here, 'pages.txt'),
        ];
        return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
    } finally {
        await server.close();
        await rm(dir, { recursive: true, force: true });
    }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    process.stdout.write(await scoreHeldout());
}

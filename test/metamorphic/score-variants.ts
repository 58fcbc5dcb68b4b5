/**
 * Scores every metamorphic variant against the dev gold. Pages are read by `extractPage` on the rendered HTML
 * and their claims built as `export` builds them (copies, clusters, boilerplate kept once), without serving them:
 * crawling thirteen variants of 72 pages over HTTP would cost the gate more CPU than everything else in it, and
 * the HTTP side (charsets, redirects, robots.txt) is what the gate's crawl of the dev pages already covers.
 *
 * `npx tsx test/metamorphic/score-variants.ts [--variant NAME] [--write DIR]`: the table; with --variant, the
 * scorer's full report for that variant (misses and false hits); with --write, every rendered page under
 * DIR/<variant>/<host>/<path> to open in a browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractPage } from '../../extractors/index.js';
import { buildClaimDocuments, toClaim } from '../../src/pipeline/build-claims.js';
import type { PageRecord } from '../../src/storage/types.js';
import { readJsonl, readPages, renderReport, scoreClaims, type ScorableClaim, type ScoreReport } from '../eval/score.js';
import { buildVariants, DEV_DIR, type Variant } from './variants.js';

export interface VariantScore {
    name: string;
    pages: number;
    changed: number;
    report: ScoreReport;
}

/** What `export` would print for these pages, had they been crawled. */
export function claimsOfPages(pages: { url: string; html: string }[]): ScorableClaim[] {
    const records: PageRecord[] = pages.map(({ url, html }) => {
        const page = extractPage(html, url);
        const common = { url, site: page.site, title: page.title, published: page.published, passages: page.passages };
        return { ...common, claims: page.isArticle ? page.claims : [], contentHash: '', etag: null, lastModified: null, fetchedAt: '' };
    });
    return buildClaimDocuments(records).map(toClaim);
}

/** Every variant's figures and procedures against the dev gold (pages without gold count too). */
export function scoreVariants(variants: Variant[] = buildVariants()): VariantScore[] {
    const gold = readJsonl(join(DEV_DIR, 'gold.jsonl'));
    const devPages = readPages(join(DEV_DIR, 'pages.txt'));
    return variants.map((v) => ({ name: v.name, pages: v.pages.length, changed: v.changed, report: scoreClaims(gold, claimsOfPages(v.pages), devPages) }));
}

function writePages(dir: string, variants: Variant[]): void {
    for (const variant of variants) {
        for (const page of variant.pages) {
            const url = new URL(page.url);
            const file = join(dir, variant.name, url.host, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, page.html);
        }
    }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const { values } = parseArgs({ options: { variant: { type: 'string' }, write: { type: 'string' } } });
    const all = buildVariants();
    const variants = values.variant ? all.filter((v) => v.name === values.variant || v.name.endsWith(`.${values.variant}`)) : all;
    if (variants.length === 0) {
        console.error(`no variant "${values.variant}"; variants: ${all.map((v) => v.name).join(', ')}`);
        process.exit(2);
    }
    if (values.write) writePages(values.write, variants);
    for (const score of scoreVariants(variants)) {
        const { figures, procedures } = score.report;
        console.log(`${score.name.padEnd(28)} figures F1=${figures.f1.toFixed(3)} procedures F1=${procedures.f1.toFixed(3)} (${score.changed}/${score.pages} pages changed)`);
        if (values.variant) process.stdout.write(renderReport(score.report));
    }
}

/**
 * Dev measurement for procedure extraction. For each corpus folder (`dev`, `seeds`) it splits every page's
 * `text` into lines, runs passagesFromLines + extractProcedures, writes the claims as JSONL to the temp dir
 * and scores them, printing the scorer's procedure lines.
 *
 * Usage: `npx tsx test/eval/procedures-dev.ts [corpus dir holding dev/ and seeds/, default test/demo/corpus]`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { passagesFromLines } from '../../extractors/passages/from-lines.js';
import { extractProcedures } from '../../extractors/procedure/index.js';
import { readJsonl, readPages, renderReport, scoreClaims } from './score.js';

interface CorpusPage {
    url: string;
    site: string;
    title: string;
    text: string;
}

function predict(corpusDir: string): string[] {
    const lines: string[] = [];
    for (const file of readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()) {
        const page = JSON.parse(readFileSync(join(corpusDir, file), 'utf8')) as CorpusPage;
        const passages = passagesFromLines(page.text.split(/\r?\n/).map((text) => ({ text })));
        for (const draft of extractProcedures(passages, { url: page.url, title: page.title, published: null })) {
            const { passage: _passage, ...claim } = draft;
            const pageFields = { url: page.url, site: page.site, title: page.title, published: null, copies: 1, cluster: null };
            lines.push(JSON.stringify({ ...pageFields, ...claim }));
        }
    }
    return lines;
}

const corpus = process.argv[2] ?? fileURLToPath(new URL('../demo/corpus/', import.meta.url));
for (const name of ['dev', 'seeds']) {
    const corpusDir = join(corpus, name);
    const out = join(tmpdir(), `procedures-${name}.jsonl`);
    const lines = predict(corpusDir);
    writeFileSync(out, lines.map((l) => `${l}\n`).join(''));
    const pagesFile = join(corpusDir, 'pages.txt');
    const pages = existsSync(pagesFile) ? readPages(pagesFile) : undefined;
    const report = renderReport(scoreClaims(readJsonl(join(corpusDir, 'gold.jsonl')), readJsonl(out), pages));
    const procedureLines = report.split('\n').filter((l) => /procedure|\["/.test(l));
    console.log(`== ${name}: ${lines.length} procedures → ${out}\n${procedureLines.join('\n')}`);
}

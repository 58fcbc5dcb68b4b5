/**
 * Dev loop for the figure extractor: runs passagesFromLines + extractFigures over a corpus folder's pages, writes
 * the claims as JSONL and prints the scorer's report on them.
 * usage: npx tsx test/eval/figures-dev.ts [corpusDir=test/demo/corpus/dev] [out=<tmp>/figures-dev.jsonl] [--quiet]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../../extractors/figure/index.js';
import { passagesFromLines } from '../../extractors/passages/from-lines.js';
import { readJsonl, readPages, renderReport, scoreClaims } from './score.js';

interface CorpusPage {
    id: string;
    url: string;
    site: string;
    title: string;
    text: string;
}

const defaultDir = fileURLToPath(new URL('../demo/corpus/dev/', import.meta.url));
const [dir = defaultDir, out = join(tmpdir(), 'figures-dev.jsonl')] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const quiet = process.argv.includes('--quiet');

const lines: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const page = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusPage;
    const textLines = page.text.split('\n');
    if (textLines[0]?.trim() === page.title.trim()) textLines.shift();
    const passages = passagesFromLines(textLines.map((text) => ({ text })));
    const ctx = { url: page.url, title: page.title, published: null };
    for (const draft of extractFigures(passages, ctx)) {
        const claim = { url: page.url, site: page.site, title: page.title, published: null, copies: 1, cluster: null, ...draft };
        lines.push(JSON.stringify(claim));
    }
}
writeFileSync(out, lines.join('\n') + '\n');

const pages = existsSync(join(dir, 'pages.txt')) ? readPages(join(dir, 'pages.txt')) : undefined;
process.stdout.write(renderReport(scoreClaims(readJsonl(join(dir, 'gold.jsonl')), readJsonl(out), pages), { quiet }));

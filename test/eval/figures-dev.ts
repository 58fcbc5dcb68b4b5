/**
 * Dev loop for the figure extractor: runs passagesFromLines + extractFigures over a corpus folder's pages, writes
 * the claims as JSONL and scores them with shared/eval/score.mjs.
 * usage: npx tsx test/eval/figures-dev.ts [corpusDir=/work/shared/corpus/dev] [out=/tmp/figures-dev.jsonl] [--quiet]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../extractors/figure/index.js';
import { passagesFromLines } from '../../extractors/passages/from-lines.js';

interface CorpusPage {
    id: string;
    url: string;
    site: string;
    title: string;
    text: string;
}

const [dir = '/work/shared/corpus/dev', out = '/tmp/figures-dev.jsonl'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
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

const args = ['/work/shared/eval/score.mjs', '--gold', join(dir, 'gold.jsonl'), '--pred', out];
if (existsSync(join(dir, 'pages.txt'))) args.push('--pages', join(dir, 'pages.txt'));
if (quiet) args.push('--quiet');
console.log(execFileSync('node', args, { encoding: 'utf8' }));

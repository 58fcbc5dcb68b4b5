/**
 * Dev measurement for procedure extraction: reads each corpus JSON (`{url, site, title, text}`), splits its
 * text into lines, runs passagesFromLines + extractProcedures and writes the claims as JSONL for
 * shared/eval/score.mjs. Usage: `npx tsx test/eval/procedures-dev.ts <corpus dir> <out.jsonl>`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { passagesFromLines } from '../../extractors/passages/from-lines.js';
import { extractProcedures } from '../../extractors/procedure/index.js';

interface CorpusPage {
    url: string;
    site: string;
    title: string;
    text: string;
}

const [dir, out] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: procedures-dev.ts <corpus dir> <out.jsonl>');

const lines: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const page = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusPage;
    const passages = passagesFromLines(page.text.split(/\r?\n/).map((text) => ({ text })));
    for (const draft of extractProcedures(passages, { url: page.url, title: page.title, published: null })) {
        const { passage: _passage, ...claim } = draft;
        lines.push(
            JSON.stringify({ url: page.url, site: page.site, title: page.title, published: null, copies: 1, cluster: null, ...claim }),
        );
    }
}
writeFileSync(out, lines.map((l) => `${l}\n`).join(''));
console.log(`${lines.length} procedures → ${out}`);

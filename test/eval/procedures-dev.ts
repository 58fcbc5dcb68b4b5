/**
 * Dev measurement for procedure extraction. For each corpus folder (`dev`, `seeds`) it splits every page's
 * `text` into lines, runs passagesFromLines + extractProcedures, writes the claims as JSONL to the temp dir
 * and scores them with shared/eval/score.mjs, printing the scorer's procedure lines.
 *
 * Usage: `npx tsx test/eval/procedures-dev.ts [shared dir, default /work/shared]`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { passagesFromLines } from '../../extractors/passages/from-lines.js';
import { extractProcedures } from '../../extractors/procedure/index.js';

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

const shared = process.argv[2] ?? '/work/shared';
for (const name of ['dev', 'seeds']) {
    const corpusDir = join(shared, 'corpus', name);
    const out = join(tmpdir(), `procedures-${name}.jsonl`);
    const lines = predict(corpusDir);
    writeFileSync(out, lines.map((l) => `${l}\n`).join(''));
    const args = [join(shared, 'eval', 'score.mjs'), '--gold', join(corpusDir, 'gold.jsonl'), '--pred', out];
    const pages = join(corpusDir, 'pages.txt');
    if (existsSync(pages)) args.push('--pages', pages);
    const report = execFileSync('node', args, { encoding: 'utf8' });
    const procedureLines = report.split('\n').filter((l) => /procedure|\["/.test(l));
    console.log(`== ${name}: ${lines.length} procedures → ${out}\n${procedureLines.join('\n')}`);
}

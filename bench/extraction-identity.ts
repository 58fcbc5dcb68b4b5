/**
 * Output identity for extraction speed work: runs `extractPage` over every page of the demo corpus (seeds and
 * dev, as simple article pages), the held-out and blind page sets, the template fixtures, the real pages of the
 * article-extraction benchmark in `../shared` (when present) and the bench pages, and writes one JSON line per page. Run it before and after a change and compare the files: they must be byte-identical.
 *
 * `npx tsx bench/extraction-identity.ts --out before.jsonl [--bench-articles 300]`
 * `npx tsx bench/extraction-identity.ts --out after.jsonl --against before.jsonl` (exit 1 on any difference)
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractPage } from '../extractors/index.js';
import { loadCorpus } from '../test/demo/corpus.js';
import { esc } from '../test/demo/html.js';
import { decodeHtml } from '../src/fetch/decode-html.js';
import { DEFAULT_BENCHMARK_DIR } from './article-extraction.js';
import { renderBenchArticles } from './site.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PAGE_SETS = ['test/heldout/pages', 'test/blind/pages', 'test/blind2/pages', 'test/blind3/pages', 'test/blind4/pages', 'test/blind5/pages', 'test/blind6/pages', 'test/blind7/pages', 'test/blind8/pages', 'test/blind9/pages', 'test/blind10/pages', 'test/blind11/pages', 'test/blind12/pages', 'test/blind13/pages', 'test/blind14/pages', 'test/blind15/pages', 'test/blind16/pages', 'test/blind17/pages', 'test/blind18/pages', 'test/blind19/pages', 'test/blind20/pages', 'test/blind21/pages', 'test/blind22/pages', 'test/blind23/pages', 'test/blind24/pages', 'test/blind25/pages', 'test/blind26/pages', 'test/blind27/pages', 'test/fixtures/pages'];

interface Page {
    name: string;
    url: string;
    html: string;
}

function filesUnder(dir: string): string[] {
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
        .sort()
        .flatMap((name) => {
            const path = join(dir, name);
            return statSync(path).isDirectory() ? filesUnder(path) : [path];
        });
}

function articlePage(title: string, text: string): string {
    const blocks = text.split(/\n{2,}/).map((block) => `<p>${esc(block)}</p>`);
    return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1>${blocks.join('')}</article></body></html>`;
}

function collectPages(benchArticles: number): Page[] {
    const corpus = loadCorpus().map((a) => ({ name: `corpus/${a.id}`, url: a.url, html: articlePage(a.title, a.text) }));
    const sets = PAGE_SETS.flatMap((set) =>
        filesUnder(join(ROOT, set))
            .filter((path) => !path.endsWith('.json'))
            .map((path) => {
                const name = relative(join(ROOT, set), path);
                return { name: `${set}/${name}`, url: `http://${name}`, html: readFileSync(path, 'utf8') };
            }),
    );
    const realDir = join(DEFAULT_BENCHMARK_DIR, 'html');
    const real = filesUnder(realDir).map((path) => ({
        name: `article-extraction/${relative(realDir, path)}`,
        url: 'http://127.0.0.1/article',
        html: decodeHtml(path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path)).text,
    }));
    const bench = renderBenchArticles(benchArticles).map((p) => ({ name: `bench${p.path}`, url: `http://127.0.0.1${p.path}`, html: p.html }));
    return [...corpus, ...sets, ...real, ...bench];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const { values } = parseArgs({
        options: { out: { type: 'string' }, against: { type: 'string' }, 'bench-articles': { type: 'string', default: '300' } },
    });
    if (!values.out) throw new Error('extraction-identity: --out <file> is required');
    const lines = collectPages(Number(values['bench-articles'])).map((page) =>
        JSON.stringify({ page: page.name, result: extractPage(page.html, page.url) }),
    );
    writeFileSync(values.out, `${lines.join('\n')}\n`);
    console.log(`${lines.length} pages written to ${values.out}`);
    if (values.against) {
        const before = readFileSync(values.against, 'utf8').split('\n');
        const changed = lines.filter((line, i) => line !== before[i]).map((line) => JSON.parse(line).page as string);
        if (changed.length > 0 || before.length !== lines.length + 1) {
            console.error(`extraction-identity: ${changed.length} pages differ from ${values.against}: ${changed.slice(0, 10).join(', ')}`);
            process.exit(1);
        }
        console.log(`identical to ${values.against}`);
    }
}

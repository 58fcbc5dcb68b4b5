/**
 * The alternative to the embedded index's own postings, measured on the same claims and queries as
 * bench/search.ts: SQLite FTS5 over the same jieba words (one row per claim, words space-separated, filter
 * columns beside them), facets by GROUP BY over the hits, the page by ORDER BY url, id. Prints p50 / p95 and the
 * time to fill the table: `npx tsx bench/search-fts5.ts [claims]`. The choice this informed is in RESULTS.md.
 */
import Database from 'better-sqlite3';
import { pathToFileURL } from 'node:url';
import { tokenizeQuery } from '../src/search/chinese-tokenizer.js';
import { ClaimWordCache } from '../src/search/claim-words.js';
import { normalizeQuery } from '../src/search/query.js';
import type { ClaimQuery } from '../src/search/types.js';
import { QUERY_MIX, syntheticClaims } from './search.js';

export interface BenchFts5Result {
    p50Ms: number;
    p95Ms: number;
    indexMs: number;
}

const FACETS = ['region', 'metric', 'population', 'site'] as const;

export function benchFts5(options: { claims: number; queries?: number }): BenchFts5Result {
    const claims = syntheticClaims(options.claims);
    const db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE claim_words USING fts5(words, tokenize = 'unicode61 remove_diacritics 0');
             CREATE TABLE claims (rowid INTEGER PRIMARY KEY, id TEXT, url TEXT, region TEXT, metric TEXT, population TEXT, site TEXT,
                                  kind TEXT, age_lo REAL, age_hi REAL, doc TEXT);`);
    const words = new ClaimWordCache();
    const started = performance.now();
    const addWords = db.prepare('INSERT INTO claim_words (rowid, words) VALUES (?, ?)');
    const addClaim = db.prepare('INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    db.transaction(() => {
        claims.forEach((claim, rowid) => {
            addWords.run(rowid, words.wordsOf(claim).replace('\n', ' '));
            const figure = claim.kind === 'figure' ? claim : undefined;
            addClaim.run(rowid, claim.id, claim.url, claim.region, figure?.metric ?? null, figure?.population ?? null, claim.site, claim.kind,
                figure?.ageMin ?? -1e9, figure?.ageMax ?? 1e9, JSON.stringify(claim));
        });
    })();
    db.exec('CREATE INDEX claims_order ON claims (url, id)');
    const indexMs = performance.now() - started;

    const run = (raw: ClaimQuery) => {
        const query = normalizeQuery(raw);
        const where: string[] = [];
        const params: unknown[] = [];
        const terms = query.q ? tokenizeQuery(query.q) : [];
        if (terms.length > 0) {
            // One word matches the words it starts, as the embedded index does.
            const match = terms.length === 1 ? `"${terms[0]}"*` : terms.map((t) => `"${t}"`).join(' AND ');
            where.push('rowid IN (SELECT rowid FROM claim_words WHERE claim_words MATCH ?)');
            params.push(match);
        }
        for (const [field, value] of query.exact) {
            where.push(`${field} = ?`);
            params.push(value);
        }
        if (query.age !== undefined) {
            where.push('age_lo <= ? AND age_hi >= ?');
            params.push(query.age, query.age);
        }
        const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
        const hits = db.prepare(`SELECT doc FROM claims ${clause} ORDER BY url, id LIMIT ? OFFSET ?`).all(...params, query.hitsPerPage, (query.page - 1) * query.hitsPerPage);
        const facets = FACETS.map((f) => db.prepare(`SELECT ${f}, count(*) FROM claims ${clause} GROUP BY ${f}`).all(...params));
        return { hits, facets };
    };
    const queries = options.queries ?? 110;
    for (const query of QUERY_MIX) run(query);
    const times: number[] = [];
    for (let i = 0; i < queries; i++) {
        const t = performance.now();
        run(QUERY_MIX[i % QUERY_MIX.length]!);
        times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    db.close();
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
    return { p50Ms: at(50), p95Ms: at(95), indexMs };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    console.log(JSON.stringify(benchFts5({ claims: Number(process.argv[2]) || 100_000 })));
}

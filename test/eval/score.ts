/**
 * The project's claim scorer, as docs/claims.md § Scoring describes: gold claims against predicted claims, per
 * page, figures matched on metric, region, ages, example and value (CNY compared per month), procedures on task,
 * channel and region. Its report and its closing line `figures F1=… procedures F1=…` are the ones the corpus
 * scorer published with the gold prints (test/unit/eval/score.test.ts holds the two together).
 *
 * usage: npx tsx test/eval/score.ts --gold gold.jsonl --pred pred.jsonl [--pages pages.txt] [--json] [--quiet]
 *   --pages: one gold url per line; pages to score even when they hold no gold claim (default: every url that
 *            appears in gold). Predictions on other pages are ignored.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The metrics scored; the others are read and exported but not scored yet. */
export const SCORED_METRICS = [
    'retiree_account_credit',
    'retiree_credit_rate',
    'employee_credit_rate',
    'employee_account_credit',
    'transfer_days',
] as const;

/** The claim fields the scorer reads; everything else on a claim is ignored. */
export interface ScorableClaim {
    url: string;
    kind?: string;
    metric?: string;
    region?: string | null;
    ageMin?: number | null;
    ageMax?: number | null;
    example?: boolean;
    value?: number;
    valueMax?: number | null;
    unit?: string;
    period?: string | null;
    monthly?: number | null;
    quote?: string;
    task?: string;
    channel?: string;
}

export interface Tally {
    tp: number;
    fp: number;
    fn: number;
    precision: number;
    recall: number;
    f1: number;
}
export interface ScoreReport {
    figures: Tally;
    procedures: Tally;
    byMetric: Record<string, Tally>;
    misses: { page: string; claim?: string; procedure?: string }[];
    falseHits: { page: string; claim?: string; procedure?: string }[];
    pages: number;
}

/** Relative tolerance on values (0.5%). */
const VALUE_TOLERANCE = 0.005;

/** A page's key: host + path of its url, decoded, without trailing slash. */
export function pageKey(url: string): string {
    try {
        const u = new URL(url);
        return decodeURIComponent(u.host + u.pathname).replace(/\/$/, '');
    } catch {
        return String(url);
    }
}

/** Maps a predicted url onto a gold page: same host+path, or a path that ends with `/host/path` (a test server). */
function pageMatcher(goldKeys: readonly string[]): (url: string) => string | null {
    const byKey = new Set(goldKeys);
    return (url) => {
        const key = pageKey(url);
        if (byKey.has(key)) return key;
        let path: string;
        try {
            path = decodeURIComponent(new URL(url).pathname).replace(/\/$/, '');
        } catch {
            return null;
        }
        return goldKeys.find((g) => path === `/${g}` || path.endsWith(`/${g}`)) ?? null;
    };
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

function close(a: number | null, b: number | null): boolean {
    if (a == null || b == null) return a == null && b == null;
    return Math.abs(a - b) <= Math.max(VALUE_TOLERANCE * Math.abs(b), 1e-9);
}

/** CNY per month (or per occurrence when no period); null for other units. */
function amount(c: ScorableClaim): number | null {
    if (c.unit !== 'CNY') return null;
    if (c.monthly != null) return c.monthly;
    if (c.period === 'year') return c.value! / 12;
    return c.value!;
}

function monthlyMax(c: ScorableClaim): number | null {
    if (c.valueMax == null) return null;
    return c.period === 'year' ? c.valueMax / 12 : c.valueMax;
}

function figureMatches(p: ScorableClaim, g: ScorableClaim): boolean {
    if (p.metric !== g.metric || orNull(p.region) !== orNull(g.region)) return false;
    if (orNull(p.ageMin) !== orNull(g.ageMin) || orNull(p.ageMax) !== orNull(g.ageMax)) return false;
    if (Boolean(p.example) !== Boolean(g.example)) return false;
    if (g.unit === 'CNY') return close(amount(p), amount(g)) && close(monthlyMax(p), monthlyMax(g));
    return close(p.value ?? null, g.value ?? null) && close(orNull(p.valueMax), orNull(g.valueMax));
}

const figureKey = (c: ScorableClaim) =>
    JSON.stringify([c.metric, orNull(c.region), orNull(c.ageMin), orNull(c.ageMax), Boolean(c.example), c.unit, amount(c) ?? c.value, orNull(c.valueMax)]);
const procedureKey = (c: ScorableClaim) => JSON.stringify([c.task, c.channel, orNull(c.region)]);
const isScoredFigure = (c: ScorableClaim) => c.kind === 'figure' && (SCORED_METRICS as readonly string[]).includes(c.metric ?? '');

/** The first claim of each key, in order. */
function firstOfEachKey(claims: ScorableClaim[], key: (c: ScorableClaim) => string): ScorableClaim[] {
    const seen = new Set<string>();
    return claims.filter((c) => {
        const k = key(c);
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
    });
}

const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });

function finish(t: Tally): void {
    t.precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
    t.recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    t.f1 = t.precision + t.recall ? (2 * t.precision * t.recall) / (t.precision + t.recall) : 0;
}

/**
 * Scores `pred` against `gold` on `pages` (page urls or keys; default: the pages gold names). Within one page,
 * predictions with the same match key count once; each gold figure is matched at most once.
 */
export function scoreClaims(gold: readonly ScorableClaim[], pred: readonly ScorableClaim[], pages?: readonly string[]): ScoreReport {
    const keys = pages ? pages.map(pageKey) : [...new Set(gold.map((c) => pageKey(c.url)))];
    const match = pageMatcher(keys);
    const byMetric: Record<string, Tally> = {};
    const report = { figures: emptyTally(), procedures: emptyTally(), byMetric, misses: [], falseHits: [] } as Omit<ScoreReport, 'pages'>;
    const bump = (metric: string, field: 'tp' | 'fp' | 'fn') => {
        byMetric[metric] ??= emptyTally();
        byMetric[metric][field]++;
    };
    const predByPage = new Map<string, ScorableClaim[]>();
    for (const c of pred) {
        const key = match(c.url);
        if (key !== null) predByPage.set(key, [...(predByPage.get(key) ?? []), c]);
    }
    for (const key of keys) {
        const pageGold = gold.filter((c) => pageKey(c.url) === key);
        const pagePred = predByPage.get(key) ?? [];
        const goldFigures = pageGold.filter(isScoredFigure);
        const predFigures = firstOfEachKey(pagePred.filter(isScoredFigure), figureKey);
        const used = new Set<number>();
        for (const p of predFigures) {
            const i = goldFigures.findIndex((g, j) => !used.has(j) && figureMatches(p, g));
            if (i >= 0) {
                used.add(i);
                report.figures.tp++;
                bump(p.metric!, 'tp');
            } else {
                report.figures.fp++;
                bump(p.metric!, 'fp');
                report.falseHits.push({ page: key, claim: brief(p) });
            }
        }
        goldFigures.forEach((g, j) => {
            if (used.has(j)) return;
            report.figures.fn++;
            bump(g.metric!, 'fn');
            report.misses.push({ page: key, claim: brief(g) });
        });
        const goldProcedures = new Set(pageGold.filter((c) => c.kind === 'procedure').map(procedureKey));
        const predProcedures = new Set(pagePred.filter((c) => c.kind === 'procedure').map(procedureKey));
        for (const k of predProcedures) {
            if (goldProcedures.has(k)) report.procedures.tp++;
            else {
                report.procedures.fp++;
                report.falseHits.push({ page: key, procedure: k });
            }
        }
        for (const k of goldProcedures) {
            if (predProcedures.has(k)) continue;
            report.procedures.fn++;
            report.misses.push({ page: key, procedure: k });
        }
    }
    for (const t of [report.figures, report.procedures, ...Object.values(byMetric)]) finish(t);
    return { ...report, pages: keys.length };
}

/** One line naming a claim in misses and false hits. */
function brief(c: ScorableClaim): string {
    const age = c.ageMin != null || c.ageMax != null ? ` age[${c.ageMin ?? ''},${c.ageMax ?? ''}]` : '';
    const value = c.valueMax != null ? `${c.value}-${c.valueMax}` : `${c.value}`;
    const unit = c.unit === 'percent' ? '%' : ` ${c.unit}`;
    const quote = String(c.quote ?? '').slice(0, 60);
    return `${c.metric} ${c.region ?? '—'}${age} ${value}${unit}${c.period ? `/${c.period}` : ''}${c.example ? ' (example)' : ''} «${quote}»`;
}

const fixed = (x: number) => x.toFixed(3);

/** The closing line every report ends with. */
export function summaryLine(report: ScoreReport): string {
    return `figures F1=${fixed(report.figures.f1)} procedures F1=${fixed(report.procedures.f1)}`;
}

/** The report as the command prints it (`json`: the structured report; `quiet`: without misses and false hits). */
export function renderReport(report: ScoreReport, options: { json?: boolean; quiet?: boolean } = {}): string {
    const lines: string[] = [];
    if (options.json) lines.push(JSON.stringify(report, null, 2));
    else {
        const counts = (t: Tally) => `(tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
        const prf = (t: Tally) => `P=${fixed(t.precision)} R=${fixed(t.recall)}`;
        lines.push(`pages scored: ${report.pages}`);
        lines.push(`figures:    ${prf(report.figures)} F1=${fixed(report.figures.f1)}  ${counts(report.figures)}`);
        lines.push(`procedures: ${prf(report.procedures)} F1=${fixed(report.procedures.f1)}  ${counts(report.procedures)}`);
        for (const [metric, t] of Object.entries(report.byMetric)) lines.push(`  ${metric.padEnd(24)} ${prf(t)} ${counts(t)}`);
        if (!options.quiet) {
            for (const x of report.misses) lines.push(`  miss  ${x.page}  ${x.claim ?? x.procedure}`);
            for (const x of report.falseHits) lines.push(`  false ${x.page}  ${x.claim ?? x.procedure}`);
        }
    }
    lines.push(summaryLine(report));
    return `${lines.join('\n')}\n`;
}

/** Claims of a JSONL file; a line that is not JSON is an error naming the file and line. */
export function readJsonl(path: string): ScorableClaim[] {
    const claims: ScorableClaim[] = [];
    readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
            if (!line.trim()) return;
            try {
                claims.push(JSON.parse(line) as ScorableClaim);
            } catch {
                throw new Error(`${path}:${i + 1}: not JSON`);
            }
        });
    return claims;
}

/** Page urls of a `--pages` file, one per line. */
export function readPages(path: string): string[] {
    return readFileSync(path, 'utf8').split('\n').filter(Boolean);
}

const USAGE = 'usage: score.ts --gold G.jsonl --pred P.jsonl [--pages F] [--json] [--quiet]';

function parseArgs(argv: string[]): { gold: string; pred: string; pages?: string; json: boolean; quiet: boolean } | null {
    const options: Record<string, string | boolean> = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i]!;
        if (arg === '--json' || arg === '--quiet') options[arg.slice(2)] = true;
        else if (['--gold', '--pred', '--pages'].includes(arg) && argv[i + 1] !== undefined) options[arg.slice(2)] = argv[++i]!;
        else return null;
    }
    if (typeof options.gold !== 'string' || typeof options.pred !== 'string') return null;
    const pages = typeof options.pages === 'string' ? options.pages : undefined;
    return { gold: options.gold, pred: options.pred, pages, json: options.json === true, quiet: options.quiet === true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const args = parseArgs(process.argv.slice(2));
    if (!args) {
        console.error(USAGE);
        process.exit(2);
    }
    try {
        const report = scoreClaims(readJsonl(args.gold), readJsonl(args.pred), args.pages ? readPages(args.pages) : undefined);
        process.stdout.write(renderReport(report, args));
    } catch (err) {
        console.error(err instanceof Error ? err.message : String(err));
        process.exit(1);
    }
}

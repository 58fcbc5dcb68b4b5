/**
 * `claimscope search` as text: each claim with its bracket, hedge and example marks, site and date, worded by
 * the shared vocabulary, and low-confidence reads marked 低置信; copies of one passage on this result page are printed once ("同段落见于 N 页").
 */
import {
    CHANNEL_LABELS,
    copiesLabel,
    figureMarks,
    formatAges,
    formatRegion,
    formatValue,
    LOW_CONFIDENCE,
    LOW_CONFIDENCE_MARK,
    metricLabel,
    populationLabel,
    TASK_LABELS,
} from '../claims/labels.js';
import type { ClaimDocument, ClaimSearchResult } from '../search/index.js';

/** What the claim says, in one line: `退休人员个人账户划入 · 退休人员 · 69岁及以下 · 97元/月 [约数]`. */
function describe(hit: ClaimDocument): string {
    if (hit.kind === 'procedure') return `${TASK_LABELS[hit.task]} · ${CHANNEL_LABELS[hit.channel]}: ${hit.steps.join(' → ')}`;
    const parts = [metricLabel(hit.metric)];
    if (hit.population !== null) parts.push(populationLabel(hit.population));
    if (hit.ageMin !== null || hit.ageMax !== null) parts.push(formatAges(hit.ageMin, hit.ageMax));
    parts.push(formatValue(hit, hit.period));
    const marks = figureMarks(hit);
    return `${parts.join(' · ')}${marks.length ? ` [${marks.join('][')}]` : ''}`;
}

/** Copies of one passage saying one thing: same cluster, same statement. */
function copyKey(hit: ClaimDocument): string {
    return hit.cluster === null ? hit.id : `${hit.cluster}\u0000${describe(hit)}\u0000${hit.region ?? ''}`;
}

export function formatSearchResult(result: ClaimSearchResult, text: string): string {
    const groups = new Map<string, ClaimDocument[]>();
    for (const hit of result.hits) {
        const key = copyKey(hit);
        const group = groups.get(key);
        if (group) group.push(hit);
        else groups.set(key, [hit]);
    }
    const lines = [`${result.total} claims match "${text}"`];
    for (const [first, ...others] of groups.values()) {
        const hit = first!;
        const copies = Math.max(hit.copies, others.length + 1);
        const unsure = hit.confidence < LOW_CONFIDENCE ? ` (${LOW_CONFIDENCE_MARK} ${hit.confidence})` : '';
        lines.push(`- [${formatRegion(hit.region)}] ${describe(hit)}${unsure}${copies > 1 ? ` — ${copiesLabel(copies)}` : ''}`);
        lines.push(`  “${hit.quote}”`);
        lines.push(`  ${hit.site} · ${hit.published ?? '日期不详'} · ${hit.url}`);
        for (const copy of others) lines.push(`  ${copy.site} · ${copy.published ?? '日期不详'} · ${copy.url}`);
    }
    return `${lines.join('\n')}\n`;
}

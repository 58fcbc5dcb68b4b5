/**
 * A conflict's or comparison group's picture, as SVG text built on the server: each value against publication
 * date with one mark per independent source (copies of one passage drawn once, with their count), the consensus
 * as a dashed line, any explanation written under it, and a bar of independent sources per value. Hand-written:
 * it is one fixed layout of circles, lines and text, which a charting library would need more code to configure;
 * every piece of text goes through `escapeXml`.
 */
import { formatValue } from '../claims/labels.js';
import type { GroupValue } from '../compare/index.js';
import type { ChartValue } from './chart-data.js';

export interface ChartGroup {
    period: 'month' | null;
    values: ChartValue[];
    /** Null when the sides weigh the same: no line is drawn. */
    consensus: GroupValue | null;
    /** Why the values may differ, when the conflict has an explanation. */
    explanation?: string | null;
    /** Heading, e.g. `北京 · 退休人员个人账户划入 · 69岁及以下`. */
    title: string;
}

/** One independent source of a value: its pages (copies) and the earliest date among them. */
interface SourceMark {
    valueIndex: number;
    published: string | null;
    pages: number;
}

const WIDTH = 640;
const PLOT = { left: 110, right: 560, top: 48, bottom: 228 };
/** Undated sources sit in a column of their own right of the time axis. */
const UNDATED_X = 605;
const BAR_ROW = 26;
const BAR_LABEL_ROOM = 130;
const COLORS = ['#1f5f8b', '#b54708', '#067647', '#7a2e8e', '#a15c07', '#475467'];

export function escapeXml(text: string): string {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function sourcesOf(values: readonly ChartValue[]): SourceMark[] {
    const marks: SourceMark[] = [];
    values.forEach((value, valueIndex) => {
        const bySource = new Map<string, { urls: Set<string>; published: string | null }>();
        for (const e of value.evidence) {
            // Pages sharing a passage cluster are copies: one source.
            const key = e.cluster ?? e.url;
            const source = bySource.get(key) ?? { urls: new Set<string>(), published: null };
            source.urls.add(e.url);
            if (e.published !== null && (source.published === null || e.published < source.published)) source.published = e.published;
            bySource.set(key, source);
        }
        for (const source of bySource.values()) marks.push({ valueIndex, published: source.published, pages: source.urls.size });
    });
    return marks;
}

const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function scale(domain: [number, number], range: [number, number]): (n: number) => number {
    const [d0, d1] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
    return (n) => range[0] + ((n - d0) / (d1 - d0)) * (range[1] - range[0]);
}

function text(x: number, y: number, content: string, attrs = ''): string {
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

export function renderChartSvg(group: ChartGroup): string {
    const labels = group.values.map((v) => formatValue(v, group.period));
    const marks = sourcesOf(group.values);
    const dated = marks.filter((m) => m.published !== null).map((m) => day(m.published!));
    const x = scale(dated.length ? [Math.min(...dated), Math.max(...dated)] : [0, 0], [PLOT.left + 20, PLOT.right - 20]);
    const numbers = group.values.map((v) => v.value);
    const y = scale([Math.min(...numbers), Math.max(...numbers)], [PLOT.bottom - 24, PLOT.top + 24]);
    const consensusIndex = group.values.findIndex((v) => v.value === group.consensus?.value && v.valueMax === group.consensus?.valueMax);
    const maxSources = Math.max(...group.values.map((v) => v.sources), 1);
    const barsTop = PLOT.bottom + 52;
    const explanationY = barsTop + group.values.length * BAR_ROW + 18;
    const height = explanationY + (group.explanation ? 22 : 0);
    const parts: string[] = [];

    parts.push(text(12, 20, group.title, 'class="title"'));
    parts.push(`<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" class="plot"/>`);
    // Value axis: every distinct value is a tick, so the chart names what it shows.
    group.values.forEach((v, i) => parts.push(text(PLOT.left - 8, y(v.value) + 4, labels[i]!, 'text-anchor="end" class="tick"')));
    if (dated.length) {
        const first = Math.min(...dated);
        const last = Math.max(...dated);
        const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
        parts.push(text(x(first), PLOT.bottom + 18, iso(first), 'text-anchor="middle" class="tick"'));
        if (last !== first) parts.push(text(x(last), PLOT.bottom + 18, iso(last), 'text-anchor="middle" class="tick"'));
    }
    parts.push(text((PLOT.left + PLOT.right) / 2, PLOT.bottom + 36, '发布日期', 'text-anchor="middle" class="axis"'));
    if (marks.some((m) => m.published === null)) parts.push(text(UNDATED_X, PLOT.bottom + 18, '无日期', 'text-anchor="middle" class="tick"'));

    if (group.consensus !== null) {
        const cy = y(group.consensus.value);
        parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${cy.toFixed(1)}" y2="${cy.toFixed(1)}" class="consensus"/>`);
        // The legend names the dashed line above the plot, where no mark can cover it.
        parts.push(`<line x1="${PLOT.right - 150}" x2="${PLOT.right - 126}" y1="36" y2="36" class="consensus"/>`);
        parts.push(text(PLOT.right - 120, 40, `共识 ${labels[consensusIndex] ?? ''}`, 'class="consensus-label"'));
    } else {
        parts.push(text(PLOT.right - 150, 40, '无共识：各方来源一样多', 'class="consensus-label"'));
    }

    // Marks at one date and value would hide each other: spread them sideways.
    const placed = new Map<string, number>();
    for (const mark of marks) {
        const baseX = mark.published === null ? UNDATED_X : x(day(mark.published));
        const baseY = y(group.values[mark.valueIndex]!.value);
        const key = `${Math.round(baseX)}|${Math.round(baseY)}`;
        const nth = placed.get(key) ?? 0;
        placed.set(key, nth + 1);
        const cx = baseX + (nth % 2 === 0 ? 1 : -1) * Math.ceil(nth / 2) * 12;
        const r = 5 + Math.min(6, Math.sqrt(mark.pages - 1) * 2);
        const label = `${labels[mark.valueIndex]} · ${mark.published ?? '无日期'} · ${mark.pages} 页`;
        parts.push(
            `<circle cx="${cx.toFixed(1)}" cy="${baseY.toFixed(1)}" r="${r.toFixed(1)}" fill="${COLORS[mark.valueIndex % COLORS.length]}" class="source"><title>${escapeXml(label)}</title></circle>`,
        );
        if (mark.pages > 1) parts.push(text(cx + r + 2, baseY - r, `×${mark.pages}`, 'class="copies"'));
    }

    parts.push(text(12, barsTop - 10, '独立来源数', 'class="axis"'));
    group.values.forEach((v, i) => {
        const top = barsTop + i * BAR_ROW;
        // Room right of the longest bar for its label.
        const width = ((PLOT.right - PLOT.left - BAR_LABEL_ROOM) * v.sources) / maxSources;
        parts.push(text(PLOT.left - 8, top + 14, labels[i]!, 'text-anchor="end" class="tick"'));
        parts.push(`<rect x="${PLOT.left}" y="${top}" width="${width.toFixed(1)}" height="18" fill="${COLORS[i % COLORS.length]}" class="bar"/>`);
        parts.push(text(PLOT.left + width + 6, top + 14, `${v.sources} 个独立来源${i === consensusIndex ? '（共识）' : ''}`, 'class="bar-label"'));
    });
    if (group.explanation) parts.push(text(12, explanationY + 8, `说明：${group.explanation}`, 'class="explanation"'));

    const summary = group.values.map((v, i) => `${labels[i]}：${v.sources} 个独立来源`).join('；');
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeXml(`${group.title}：${summary}`)}">
<title>${escapeXml(`${group.title}：${summary}`)}</title>
<style>text{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;font-size:12px;fill:#1d2733}.title{font-size:14px;font-weight:700}.tick{font-size:11px}.axis{fill:#667085}.plot{fill:#f8fafc;stroke:#d9dee5}.consensus{stroke:#067647;stroke-dasharray:6 4;stroke-width:1.5}.consensus-label{fill:#067647;font-weight:600}.source{stroke:#fff;stroke-width:1.5;fill-opacity:.85}.copies{font-size:10px;fill:#667085}.explanation{fill:#b54708}</style>
${parts.join('\n')}
</svg>`;
}

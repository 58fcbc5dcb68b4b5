// @ts-check
// Pieces every view uses: states (loading, error with retry, empty), paging, downloads and the claim card.
import { ApiRequestError, downloadUrl } from './api.js';
import { el, pageLink, snapshotLink, viewLink } from './dom.js';

/** @param {string} text */
export function loading(text) {
    return el('p', { className: 'loading', role: 'status' }, el('span', { className: 'spinner', 'aria-hidden': 'true' }), text);
}

/**
 * What went wrong, in Chinese, with the server's words folded away and a retry button.
 * @param {unknown} err
 * @param {() => void} retry
 */
export function errorBox(err, retry) {
    const message = err instanceof ApiRequestError ? err.message : '页面出错了，请重试。';
    const detail = /** @type {{ detail?: string }} */ (err)?.detail ?? (err instanceof Error ? err.message : String(err));
    return el(
        'div',
        { className: 'error', role: 'alert' },
        el('p', {}, message),
        detail ? el('details', { className: 'error-detail' }, el('summary', {}, '技术细节'), el('code', {}, detail)) : null,
        el('button', { type: 'button', className: 'retry', onClick: retry }, '重试'),
    );
}

/**
 * An empty state: what is (not) there, and what to do about it.
 * @param {string} text
 * @param {string} [hint]
 */
export function empty(text, hint) {
    return el('div', { className: 'empty' }, el('p', {}, text), hint ? el('p', { className: 'hint' }, hint) : null);
}

/**
 * "上一页 · 第 2 / 7 页 · 下一页" for a paged list; `go(page)` navigates.
 * @param {{ page: number, pageSize: number, total: number }} paged
 * @param {(page: number) => void} go
 */
export function pager({ page, pageSize, total }, go) {
    const pages = Math.max(1, Math.ceil(total / Math.max(pageSize, 1)));
    if (pages <= 1) return null;
    return el(
        'nav',
        { className: 'pager', 'aria-label': '分页' },
        el('button', { type: 'button', disabled: page <= 1, onClick: () => go(page - 1) }, '上一页'),
        el('span', {}, `第 ${page} / ${pages} 页`),
        el('button', { type: 'button', disabled: page >= pages, onClick: () => go(page + 1) }, '下一页'),
    );
}

/**
 * Links that download what the view shows, as the API answers it.
 * @param {string} path
 * @param {Record<string, unknown>} params
 */
export function downloads(path, params) {
    /** @param {'csv' | 'json'} format */
    const link = (format) => {
        const a = /** @type {HTMLAnchorElement} */ (el('a', { className: `download download-${format}`, download: '' }, format.toUpperCase()));
        a.href = downloadUrl(path, params, format);
        return a;
    };
    return el('span', { className: 'downloads' }, '下载本页：', link('csv'), ' · ', link('json'));
}

/**
 * The quote's sources line: the page, its site and date, the stored copy.
 * @param {{ url: string, title?: string, site: string, published?: string | null, quote: string }} e
 */
export function sourceLine(e) {
    return el('span', { className: 'source-line' }, pageLink(e.url, e.title || e.url), el('span', { className: 'muted' }, `${e.site}${e.published ? ` · ${e.published}` : ''}`), snapshotLink(e.url, e.quote));
}

/**
 * A claim: region, what it is about, its value and marks, the quote and where it was read.
 * @param {any} claim a search hit with its `display` words
 */
export function claimCard(claim) {
    const d = claim.display;
    const head =
        claim.kind === 'figure'
            ? [
                  el('span', { className: 'metric' }, d.about),
                  el('strong', { className: 'value' }, d.value),
                  d.population ? el('span', { className: 'tag' }, d.population) : null,
                  d.ages ? el('span', { className: 'tag ages' }, d.ages) : null,
                  d.marks.map((/** @type {string} */ mark) => el('span', { className: 'tag mark' }, mark)),
              ]
            : [el('span', { className: 'metric' }, d.about), el('ol', { className: 'steps' }, claim.steps.map((/** @type {string} */ step) => el('li', {}, step)))];
    return el(
        'article',
        { className: 'claim', 'data-id': claim.id },
        el(
            'div',
            { className: 'claim-head' },
            el('span', { className: 'region' }, d.region),
            head,
            d.lowConfidence ? el('span', { className: 'tag low-confidence', title: d.lowConfidence }, '低置信') : null,
        ),
        el('blockquote', { className: 'quote' }, claim.quote),
        el(
            'div',
            { className: 'claim-meta' },
            sourceLine(claim),
            d.copies ? el('span', { className: 'tag muted' }, d.copies) : null,
            viewLink('claim', { id: claim.id }, '固定链接', 'action permalink'),
            claim.region ? viewLink('compare', { region: claim.region }, `对比${claim.region}`, 'action') : null,
            viewLink('changes', { url: claim.url }, '页面变更', 'action'),
        ),
    );
}

/**
 * `label(labels.metric, 'premium')` → 缴费标准; unknown values show as they are.
 * @param {Record<string, string> | undefined} table
 * @param {string | null | undefined} value
 * @param {string} [fallback]
 */
export function label(table, value, fallback = '—') {
    if (value === null || value === undefined) return fallback;
    return table?.[value] ?? String(value);
}

/**
 * Whether `value` is the group's consensus, by its fields (JSON gives it as a copy of one of the values); a tie
 * has none.
 * @param {any} group
 * @param {any} value
 */
export function isConsensus(group, value) {
    const c = group.consensus;
    return c !== null && ['value', 'valueMax', 'approx'].every((k) => c[k] === value[k]) && c.yearly?.value === value.yearly?.value;
}

/**
 * "还有 2 个数值未列出" when an answer capped the values it lists.
 * @param {any} group
 */
export function moreValues(group) {
    const hidden = (group.valueCount ?? group.values.length) - group.values.length;
    return hidden > 0 ? el('p', { className: 'muted more' }, `还有 ${hidden} 个数值未列出（下载 JSON 或用 claimscope conflicts --json 查看全部）`) : null;
}

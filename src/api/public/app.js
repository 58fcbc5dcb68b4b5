// @ts-check
// claimscope web page: ES modules, no build step. Everything it shows comes from crawled pages and is untrusted,
// so text goes into the DOM only as text nodes (lib/dom.js) and values arrive already worded by the server.
import { el } from './lib/dom.js';
import { errorBox, loading } from './lib/ui.js';
import { renderChanges } from './views/changes.js';
import { renderClaim } from './views/claim.js';
import { renderCompare } from './views/compare.js';
import { renderConflicts } from './views/conflicts.js';
import { renderMissing } from './views/missing.js';
import { renderSearch } from './views/search.js';
import { renderStatus, STATUS_REFRESH_MS } from './views/status.js';

/** @typedef {(root: HTMLElement, params: URLSearchParams, refresh: () => void) => Promise<void>} View */

/** View name → renderer and what its loading line says. @type {Record<string, { render: View, loading: string }>} */
const VIEWS = {
    search: { render: renderSearch, loading: '正在搜索…' },
    compare: { render: renderCompare, loading: '正在加载地区对比…' },
    conflicts: { render: renderConflicts, loading: '正在加载冲突…' },
    missing: { render: renderMissing, loading: '正在加载缺失页面…' },
    changes: { render: renderChanges, loading: '正在加载变更记录…' },
    status: { render: renderStatus, loading: '正在加载抓取进度…' },
    claim: { render: renderClaim, loading: '正在加载说法…' },
};

/** Which tab a view belongs to (a single claim sits under search). @type {Record<string, string>} */
const TAB_OF = { claim: 'search' };

let renderToken = 0;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let refreshTimer;

/**
 * Shows the view for the current hash. The loading line replaces the previous view at once; the new view is
 * built off-screen and swapped in, so a slow answer for an old hash never replaces a newer view.
 * @param {{ quiet?: boolean }} [options] quiet: a background refresh keeps the current view until the new one is ready
 */
async function route(options = {}) {
    const token = ++renderToken;
    clearTimeout(refreshTimer);
    const [name = '', query = ''] = location.hash.replace(/^#/, '').split('?');
    const view = Object.hasOwn(VIEWS, name) ? name : 'search';
    const tab = TAB_OF[view] ?? view;
    for (const link of document.querySelectorAll('#nav a')) {
        if (/** @type {HTMLElement} */ (link).dataset.view === tab) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
    }
    const main = /** @type {HTMLElement} */ (document.getElementById('view'));
    if (!options.quiet) {
        main.replaceChildren(el('div', { className: `view view-${view} is-loading`, 'data-view': view }, loading(VIEWS[view].loading)));
        main.setAttribute('aria-busy', 'true');
    }
    const root = el('div', { className: `view view-${view}`, 'data-view': view });
    const refresh = () => void route();
    try {
        await VIEWS[view].render(root, new URLSearchParams(query), refresh);
    } catch (err) {
        root.append(errorBox(err, refresh));
    }
    if (token !== renderToken) return;
    main.replaceChildren(root);
    main.removeAttribute('aria-busy');
    // Lets tests and scripts wait for "this hash is on screen".
    document.body.dataset.rendered = location.hash;
    if (view === 'status') refreshTimer = setTimeout(() => void route({ quiet: true }), STATUS_REFRESH_MS);
}

window.addEventListener('hashchange', () => void route());
void route();

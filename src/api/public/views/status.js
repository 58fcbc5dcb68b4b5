// @ts-check
// 计划与状态: crawl progress, and the recrawl schedules with pause / resume / run now / remove behind the token.
import { api, scheduleAction } from '../lib/api.js';
import { append, el, pageLink } from '../lib/dom.js';
import { empty, errorBox } from '../lib/ui.js';

/** How often the status view refreshes crawl progress. */
export const STATUS_REFRESH_MS = 5000;

/** The token lives for this tab only, and travels in a header, never in a cookie. */
const TOKEN_KEY = 'claimscope-token';

/** @param {number} ms */
function formatDuration(ms) {
    /** @type {[string, number][]} */
    const units = [['天', 86_400_000], ['小时', 3_600_000], ['分钟', 60_000], ['秒', 1000]];
    for (const [name, size] of units) if (ms >= size && ms % size === 0) return `${ms / size} ${name}`;
    return `${Math.round(ms / 1000)} 秒`;
}

/** @param {[string, Node | string][]} rows */
function keyValueTable(rows) {
    return el('table', { className: 'kv' }, el('tbody', {}, rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v)))));
}

/** @param {() => void} refresh */
function tokenForm(refresh) {
    const saved = sessionStorage.getItem(TOKEN_KEY) ?? '';
    const input = /** @type {HTMLInputElement} */ (el('input', { type: 'password', name: 'token', value: saved, placeholder: '粘贴 claimscope serve 启动时打印的令牌', 'aria-label': '操作令牌' }));
    return el(
        'form',
        {
            className: 'toolbar token-form',
            onSubmit: (/** @type {Event} */ event) => {
                event.preventDefault();
                if (input.value.trim()) sessionStorage.setItem(TOKEN_KEY, input.value.trim());
                else sessionStorage.removeItem(TOKEN_KEY);
                refresh();
            },
        },
        input,
        el('button', { type: 'submit' }, saved ? '更新令牌' : '使用令牌'),
    );
}

/**
 * @param {any} schedule
 * @param {string} token
 * @param {() => void} refresh
 * @param {HTMLElement} messages
 */
function scheduleButtons(schedule, token, refresh, messages) {
    /** @type {[('pause' | 'resume' | 'run' | 'remove'), string][]} */
    const actions = [[schedule.paused ? 'resume' : 'pause', schedule.paused ? '恢复' : '暂停'], ['run', '立即运行'], ['remove', '删除']];
    return el(
        'div',
        { className: 'schedule-actions' },
        actions.map(([action, text]) =>
            el(
                'button',
                {
                    type: 'button',
                    className: `schedule-${action}`,
                    disabled: !token,
                    title: token ? undefined : '需要令牌',
                    onClick: async (/** @type {Event} */ event) => {
                        const button = /** @type {HTMLButtonElement} */ (event.currentTarget);
                        button.disabled = true;
                        try {
                            await scheduleAction(schedule.id, action, token);
                            refresh();
                        } catch (err) {
                            messages.replaceChildren(errorBox(err, refresh));
                            button.disabled = false;
                        }
                    },
                },
                text,
            ),
        ),
    );
}

/**
 * @param {HTMLElement} root
 * @param {URLSearchParams} _params
 * @param {() => void} refresh
 */
export async function renderStatus(root, _params, refresh) {
    const [status, schedules] = await Promise.all([api('status'), api('schedules', { pageSize: 200 })]);
    const reasons = Object.entries(status.failuresByReason).sort((a, b) => b[1] - a[1]);
    append(
        root,
        el('h1', {}, '抓取进度'),
        keyValueTable([
            ['模式', status.mode === 'redis' ? '分布式（Redis 队列）' : '单进程（本地数据目录）'],
            ['已保存页面', String(status.pages)],
            ['失败页面', String(status.failures)],
            ['最近一分钟完成', status.pagesLastMinute === null ? '—' : String(status.pagesLastMinute)],
            ['每秒页面', status.pagesPerSecond === null ? '—' : status.pagesPerSecond.toFixed(2)],
            ['在线 worker', status.workers === null ? '—' : String(status.workers)],
        ]),
    );
    if (reasons.length) {
        append(root, el('h2', {}, '失败原因'), el('table', { className: 'compact' }, el('tbody', {}, reasons.map(([reason, n]) => el('tr', {}, el('td', {}, reason), el('td', {}, String(n)))))));
    }
    if (status.queues.length) {
        const columns = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'];
        append(
            root,
            el('h2', {}, '队列'),
            el(
                'table',
                { className: 'list cards' },
                el('thead', {}, el('tr', {}, el('th', {}, '队列'), columns.map((c) => el('th', {}, c)))),
                el('tbody', {}, status.queues.map((/** @type {any} */ q) => el('tr', {}, el('td', { 'data-label': '队列' }, q.name), columns.map((c) => el('td', { 'data-label': c }, String(q[c] ?? '—')))))),
            ),
        );
    }
    append(root, el('h2', {}, '定时重抓'));
    if (schedules.total === 0) {
        append(root, empty('还没有定时重抓。', '用 claimscope schedule add <网址> --every 6h 添加；claimscope serve 会按时运行（设置了 REDIS_URL 时由 worker 运行）。'));
    } else {
        const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
        const messages = el('div', { className: 'messages' });
        append(
            root,
            tokenForm(refresh),
            token ? null : el('p', { className: 'hint' }, '暂停、恢复、立即运行和删除需要令牌：claimscope serve 启动时会打印它。'),
            messages,
            el(
                'table',
                { className: 'list schedules cards' },
                el('thead', {}, el('tr', {}, ['编号', '起始网址', '间隔', '自适应范围', '状态', '下次运行', '操作'].map((h) => el('th', {}, h)))),
                el(
                    'tbody',
                    {},
                    schedules.items.map((/** @type {any} */ s) =>
                        el(
                            'tr',
                            { 'data-schedule': s.id },
                            el('td', { 'data-label': '编号' }, s.id),
                            el('td', { 'data-label': '起始网址' }, pageLink(s.target)),
                            el('td', { 'data-label': '间隔' }, s.every),
                            el('td', { 'data-label': '自适应范围' }, `${formatDuration(s.minIntervalMs)} – ${formatDuration(s.maxIntervalMs)}`),
                            el('td', { 'data-label': '状态', className: 'schedule-state' }, s.paused ? '已暂停' : '运行中'),
                            el('td', { 'data-label': '下次运行' }, s.display.nextRunAt ?? '—'),
                            el('td', { 'data-label': '操作' }, scheduleButtons(s, token, refresh, messages)),
                        ),
                    ),
                ),
            ),
        );
    }
    append(root, el('p', { className: 'muted' }, `每 ${STATUS_REFRESH_MS / 1000} 秒自动刷新。`));
}

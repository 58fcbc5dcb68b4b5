// claimscope web page: one ES module, no build step. Everything it shows comes from crawled pages and is
// untrusted, so text goes into the DOM only as text nodes and links only when their scheme is http(s).

// ---- vocabularies: claim enum values → labels ----

const METRIC_LABELS = {
    retiree_account_credit: '退休人员个人账户划入',
    retiree_credit_rate: '退休人员划入比例',
    employee_credit_rate: '在职职工划入比例',
    employee_account_credit: '在职职工个人账户划入',
    resident_account_credit: '城乡居民个人账户划入',
    transfer_days: '转移办理时限',
    min_contribution_years: '最低缴费年限',
    premium: '缴费标准',
    deductible: '起付线',
};

const POPULATION_LABELS = { retiree: '退休人员', employee: '在职职工', flexible: '灵活就业', resident: '城乡居民' };

const UNIT_LABELS = { CNY: '元', percent: '%', workday: '个工作日', day: '天', month: '个月', year: '年' };

const PERIOD_LABELS = { month: '/月', year: '/年' };

const TASK_LABELS = {
    query_balance: '查询余额',
    transfer: '转移接续',
    family_sharing: '家庭共济',
    offsite_filing: '异地备案',
    pay_premium: '缴费',
    change_place: '变更参保地',
    withdraw: '提取',
    print_record: '打印缴费记录',
};

const CHANNEL_LABELS = {
    wechat: '微信',
    alipay: '支付宝',
    app: 'App',
    website: '网站',
    phone: '电话',
    counter: '窗口',
    kiosk: '自助机',
    hospital: '医院',
    bank: '银行',
};

const CHANGE_LABELS = { added: '新增', removed: '删除', modified: '修改' };

/** Claim fields a recrawl may change, as the change log names them. */
const FIELD_LABELS = {
    value: '数值',
    valueMax: '上限',
    monthly: '折合每月',
    unit: '单位',
    period: '周期',
    approx: '约数',
    basis: '基数',
    example: '举例',
    ageMin: '起始年龄',
    ageMax: '截止年龄',
    population: '人群',
    quote: '原文',
    section: '小节',
    steps: '步骤',
    net: '实际到账',
};

/** Below this extraction confidence a claim gets a 低置信 badge (the CLI marks it alike). */
const LOW_CONFIDENCE = 0.9;

/** Why a claim was read with less confidence, per cue the extractor records (`confidenceCues`). */
const CONFIDENCE_CUE_LABELS = {
    'region-from-label': '地区取自标签行或表格表头',
    'region-from-heading': '地区取自小标题或“以某地为例”',
    'region-from-subject': '地区取自文章所述的主体地区',
    'region-from-local-reference': '“我市/本省”按文章所指地区解读',
    'unresolved-local-reference': '原文说“我市/本省”,但文章未说明是哪里',
    'region-unstated': '文章讲的是某地,但这句未说明地区',
    'unit-from-column': '单位取自表格列头',
    'unit-from-caption': '单位取自表格上方的说明',
    hedged: '原文为约数',
    example: '原文为举例测算',
    'metric-from-topic': '句中无“划入/返还”等字样,指标取自标题',
    'ratio-by-topic': '句中只说“比例”,按标题理解为划入比例',
    'crowded-sentence': '句中还提到其他地区',
    'quoted-figure': '数字在引号中(可能是转述或传言)',
    'change-sentence': '句中讲的是调整变化',
    'terse-sentence': '句子过短,可能是断行残句',
    'single-step': '只有一个步骤',
    'region-inherited': '地区未在步骤原文中出现',
};

/** Facets shown beside search results, in this order. */
const FACETS = [
    { name: 'region', label: '地区' },
    { name: 'metric', label: '指标', labels: METRIC_LABELS },
    { name: 'population', label: '人群', labels: POPULATION_LABELS },
    { name: 'site', label: '网站' },
];

const VIEWS = {
    search: renderSearch,
    compare: renderCompare,
    conflicts: renderConflicts,
    missing: renderMissing,
    changes: renderChanges,
    status: renderStatus,
};

/** How often the status view refreshes crawl progress. */
const STATUS_REFRESH_MS = 5000;

// ---- DOM helpers: text only, never markup ----

/**
 * Creates an element. `props` sets properties from a fixed set (className, type, name, value, …) and
 * `data-*`/`aria-*` attributes; children are nodes or strings (strings become text nodes).
 */
function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'onClick') node.addEventListener('click', value);
        else if (key === 'onSubmit') node.addEventListener('submit', value);
        else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role') node.setAttribute(key, String(value));
        else if (['className', 'type', 'name', 'value', 'placeholder', 'title', 'hidden', 'disabled', 'min', 'max'].includes(key)) {
            node[key] = value;
        } else throw new Error(`el(): unsupported property ${key}`);
    }
    append(node, children);
    return node;
}

/** Appends to a view's root, skipping absent parts (Element.append would print "null"). */
function add(root, ...children) {
    append(root, children);
}

function append(node, children) {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) continue;
        node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
}

/** The URL if it is an absolute http(s) URL, else null (javascript:, data:, relative paths are refused). */
function safeHttpUrl(raw) {
    try {
        const url = new URL(String(raw));
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
        return null;
    }
}

/** A link to a crawled page, or plain text when the URL is not http(s). */
function pageLink(url, text) {
    const href = safeHttpUrl(url);
    if (!href) return el('span', { className: 'bad-url' }, text ?? String(url));
    const a = el('a', { className: 'page-link' }, text ?? href);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
}

/** A link to another view of this page. */
function viewLink(view, params, text, className) {
    const a = el('a', { className }, text);
    a.href = hashFor(view, params);
    return a;
}

function hashFor(view, params = {}) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
    const text = query.toString();
    return `#${view}${text ? `?${text}` : ''}`;
}

function navigate(view, params) {
    location.hash = hashFor(view, params);
}

// ---- formatting ----

function label(table, value, fallback = '—') {
    if (value === null || value === undefined) return fallback;
    return table[value] ?? String(value);
}

function formatNumber(n) {
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** `100 元/月`, `8–10 %`, `15 个工作日`. */
function formatValue(value, valueMax, unit, period) {
    const amount = valueMax === null || valueMax === undefined ? formatNumber(value) : `${formatNumber(value)}–${formatNumber(valueMax)}`;
    const unitText = label(UNIT_LABELS, unit, '');
    return unit === 'percent' ? `${amount}%` : `${amount} ${unitText}${period ? label(PERIOD_LABELS, period, '') : ''}`;
}

/** Inclusive age bounds as a bracket label. */
function formatAges(ageMin, ageMax) {
    if (ageMin === null && ageMax === null) return '不限年龄';
    if (ageMin === null) return `${ageMax}岁及以下`;
    if (ageMax === null) return `${ageMin}岁及以上`;
    return `${ageMin}–${ageMax}岁`;
}

function formatTime(iso) {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString('zh-CN', { hour12: false });
}

function formatRegion(region) {
    return region ?? '全国/未指明';
}

// ---- API ----

class ApiRequestError extends Error {}

async function api(path, params = {}) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
    const response = await fetch(`/api/${path}${query.size ? `?${query}` : ''}`, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiRequestError(body?.error ?? `HTTP ${response.status}`);
    return body;
}

// ---- shared pieces ----

function errorBox(err) {
    return el('p', { className: 'error', role: 'alert' }, `出错了：${err instanceof Error ? err.message : String(err)}`);
}

function empty(text) {
    return el('p', { className: 'empty' }, text);
}

/** "上一页 · 第 2 / 7 页 · 下一页" for a paged list; `go(page)` navigates. */
function pager({ page, pageSize, total }, go) {
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

function claimHeadline(claim) {
    if (claim.kind === 'figure') {
        return [
            el('span', { className: 'metric' }, label(METRIC_LABELS, claim.metric)),
            el('strong', { className: 'value' }, formatValue(claim.value, claim.valueMax, claim.unit, claim.period)),
            claim.population ? el('span', { className: 'tag' }, label(POPULATION_LABELS, claim.population)) : null,
            claim.ageMin !== null || claim.ageMax !== null ? el('span', { className: 'tag' }, formatAges(claim.ageMin, claim.ageMax)) : null,
            claim.approx ? el('span', { className: 'tag muted' }, '约数') : null,
            claim.example ? el('span', { className: 'tag muted' }, '举例') : null,
        ];
    }
    return [
        el('span', { className: 'metric' }, `${label(TASK_LABELS, claim.task)} · ${label(CHANNEL_LABELS, claim.channel)}`),
        el('ol', { className: 'steps' }, (claim.steps ?? []).map((step) => el('li', {}, step))),
    ];
}

/** A 低置信 badge whose title says why, for a claim read with low extraction confidence; null otherwise. */
function lowConfidenceBadge(claim) {
    if (typeof claim.confidence !== 'number' || claim.confidence >= LOW_CONFIDENCE) return null;
    const reasons = (claim.confidenceCues ?? []).map((cue) => label(CONFIDENCE_CUE_LABELS, cue));
    const why = `抽取置信度 ${claim.confidence.toFixed(2)}${reasons.length > 0 ? `:${reasons.join(';')}` : ''}`;
    return el('span', { className: 'tag low-confidence', title: why }, '低置信');
}

function claimCard(claim) {
    return el(
        'article',
        { className: 'claim' },
        el(
            'div',
            { className: 'claim-head' },
            el('span', { className: 'region' }, formatRegion(claim.region)),
            claimHeadline(claim),
            lowConfidenceBadge(claim),
        ),
        el('blockquote', { className: 'quote' }, claim.quote),
        el(
            'div',
            { className: 'claim-meta' },
            pageLink(claim.url, claim.title || claim.url),
            el('span', {}, claim.site),
            claim.published ? el('span', {}, claim.published) : null,
            claim.copies > 1 ? el('span', { className: 'tag muted' }, `同段落见于 ${claim.copies} 页`) : null,
            claim.region ? viewLink('compare', { region: claim.region }, `对比${claim.region}`, 'action') : null,
            viewLink('changes', { url: claim.url }, '页面变更', 'action'),
        ),
    );
}

// ---- views ----

async function renderSearch(root, params) {
    const filters = Object.fromEntries(FACETS.map((f) => [f.name, params.get(f.name) ?? undefined]));
    const q = params.get('q') ?? '';
    const age = params.get('age') ?? '';
    const page = Number(params.get('page') ?? '1') || 1;
    const go = (next) => navigate('search', { q, age, ...filters, ...next });

    const input = el('input', { type: 'search', name: 'q', value: q, placeholder: '搜索说法，例如：退休 划入 北京', 'aria-label': '搜索词' });
    const ageInput = el('input', { type: 'number', name: 'age', value: age, min: 0, max: 130, placeholder: '年龄', 'aria-label': '年龄' });
    const form = el(
        'form',
        { className: 'search-form', role: 'search', onSubmit: (event) => {
            event.preventDefault();
            go({ q: input.value.trim(), age: ageInput.value, page: 1 });
        } },
        input,
        ageInput,
        el('button', { type: 'submit' }, '搜索'),
    );
    add(root, el('h1', {}, '搜索说法'), form);

    const result = await api('search', { q, age, ...filters, page, pageSize: 20 });
    const chips = FACETS.filter((f) => filters[f.name]).map((f) =>
        el(
            'button',
            { type: 'button', className: 'chip', title: '移除此筛选', onClick: () => go({ [f.name]: undefined, page: 1 }) },
            `${f.label}：${label(f.labels ?? {}, filters[f.name])} ×`,
        ),
    );
    const facetPanel = el(
        'aside',
        { className: 'facets', 'aria-label': '筛选' },
        FACETS.map((facet) => {
            const counts = Object.entries(result.facets[facet.name] ?? {}).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
            return el(
                'section',
                { className: 'facet', 'data-facet': facet.name },
                el('h2', {}, facet.label),
                counts.length === 0
                    ? empty('无')
                    : el(
                          'ul',
                          {},
                          counts.map(([value, count]) =>
                              el(
                                  'li',
                                  {},
                                  el(
                                      'button',
                                      {
                                          type: 'button',
                                          className: filters[facet.name] === value ? 'facet-value active' : 'facet-value',
                                          'aria-pressed': String(filters[facet.name] === value),
                                          onClick: () => go({ [facet.name]: filters[facet.name] === value ? undefined : value, page: 1 }),
                                      },
                                      el('span', {}, label(facet.labels ?? {}, value)),
                                      el('span', { className: 'count' }, String(count)),
                                  ),
                              ),
                          ),
                      ),
            );
        }),
    );
    const hits = el(
        'section',
        { className: 'results', 'aria-label': '结果' },
        el('p', { className: 'summary' }, `共 ${result.total} 条说法`, chips.length ? ' · ' : '', chips),
        result.hits.length === 0 ? empty('没有找到说法。换个词或去掉筛选试试。') : result.hits.map(claimCard),
        pager({ page: result.page, pageSize: result.hitsPerPage, total: result.total }, (p) => go({ page: p })),
    );
    add(root, el('div', { className: 'search-layout' }, facetPanel, hits));
}

/** Rows of the comparison table: one per metric, population and unit; columns: age brackets. */
function comparisonTable(groups) {
    const rowKey = (g) => JSON.stringify([g.metric, g.population, g.unit, g.period]);
    const colKey = (g) => JSON.stringify([g.ageMin, g.ageMax]);
    const rows = new Map();
    const cols = new Map();
    for (const g of groups) {
        if (!rows.has(rowKey(g))) rows.set(rowKey(g), g);
        if (!cols.has(colKey(g))) cols.set(colKey(g), g);
    }
    const columns = [...cols.values()].sort((a, b) => (a.ageMin ?? -1) - (b.ageMin ?? -1) || (a.ageMax ?? 999) - (b.ageMax ?? 999));
    const cell = new Map(groups.map((g) => [`${rowKey(g)}|${colKey(g)}`, g]));
    return el(
        'table',
        { className: 'comparison' },
        el('thead', {}, el('tr', {}, el('th', {}, '指标 / 人群'), columns.map((c) => el('th', {}, formatAges(c.ageMin, c.ageMax))))),
        el(
            'tbody',
            {},
            [...rows.values()].map((row) =>
                el(
                    'tr',
                    {},
                    el(
                        'th',
                        { className: 'row-head' },
                        el('div', {}, label(METRIC_LABELS, row.metric)),
                        el('div', { className: 'muted' }, label(POPULATION_LABELS, row.population, '人群未指明')),
                    ),
                    columns.map((c) => {
                        const group = cell.get(`${rowKey(row)}|${colKey(c)}`);
                        if (!group) return el('td', { className: 'none' }, '—');
                        return el(
                            'td',
                            { className: group.values.length > 1 ? 'disagree' : 'agree' },
                            group.values.map((v) => valueBlock(v, group, group.values.length > 1 && v === group.values[0])),
                        );
                    }),
                ),
            ),
        ),
    );
}

/** One distinct value: the figure, its independent-source count, and the sources behind it. */
function valueBlock(value, group, isConsensus) {
    return el(
        'div',
        { className: 'group-value' },
        el('strong', { className: 'value' }, formatValue(value.value, value.valueMax, value.unit, group.period)),
        isConsensus ? el('span', { className: 'tag consensus', title: '独立来源最多的值' }, '共识') : null,
        el('div', { className: 'sources-count' }, `${value.sources} 个独立来源 · ${value.pages} 页`),
        el(
            'details',
            { className: 'sources' },
            el('summary', {}, `来源：${value.sites.join('、')}`),
            el(
                'ul',
                {},
                value.evidence.map((e) =>
                    el('li', {}, pageLink(e.url, e.title || e.url), el('span', { className: 'muted' }, ` ${e.site}${e.published ? ` · ${e.published}` : ''}`), el('blockquote', { className: 'quote' }, e.quote)),
                ),
            ),
        ),
    );
}

async function renderCompare(root, params) {
    const region = params.get('region') ?? '';
    add(root, el('h1', {}, region ? `地区对比：${region}` : '地区对比'));
    const { facets } = await api('search', { pageSize: 0 });
    const regions = Object.entries(facets.region).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    add(root, 
        el(
            'nav',
            { className: 'region-picker', 'aria-label': '选择地区' },
            regions.map(([name, count]) =>
                viewLink('compare', { region: name }, `${name} (${count})`, name === region ? 'chip active' : 'chip'),
            ),
        ),
    );
    if (!region) {
        add(root, empty('选择一个地区，查看各网站给出的数值。'));
        return;
    }
    const groups = await api('compare', { region, pageSize: 1000 });
    if (groups.total === 0) {
        add(root, empty(`没有${region}的数字说法。`));
        return;
    }
    add(root, 
        el('p', { className: 'summary' }, `${groups.total} 组。每格列出各个不同的数值、独立来源数（互相抄袭的页面只算一个）和来源。`),
        comparisonTable(groups.items),
    );
}

function conflictSummary(c) {
    const parts = [formatRegion(c.region), label(METRIC_LABELS, c.metric)];
    if (c.population) parts.push(label(POPULATION_LABELS, c.population));
    parts.push(formatAges(c.ageMin, c.ageMax));
    return parts.join(' · ');
}

/** The values of a conflict side by side, each with its quotes and links to their pages. */
function conflictSides(c) {
    return el(
        'div',
        { className: 'sides' },
        c.values.map((v) =>
            el(
                'section',
                { className: v === c.values[0] ? 'side consensus' : 'side' },
                el('h3', {}, formatValue(v.value, v.valueMax, v.unit, c.period), v === c.values[0] ? el('span', { className: 'tag consensus' }, '共识') : null),
                el('p', { className: 'muted' }, `${v.sources} 个独立来源 · ${v.pages} 页 · ${v.sites.join('、')}`),
                v.evidence.map((e) =>
                    el(
                        'figure',
                        { className: 'evidence' },
                        el('blockquote', { className: 'quote' }, e.quote),
                        el('figcaption', {}, pageLink(e.url, e.title || e.url), el('span', { className: 'muted' }, ` ${e.site}${e.published ? ` · ${e.published}` : ''}`)),
                    ),
                ),
            ),
        ),
    );
}

async function renderConflicts(root, params) {
    const page = Number(params.get('page') ?? '1') || 1;
    add(root, el('h1', {}, '冲突'), el('p', { className: 'summary' }, '独立来源给出不同数值的地方；分歧两边来源越多、差距越大，排得越前。'));
    const result = await api('conflicts', { page, pageSize: 20 });
    if (result.total === 0) {
        add(root, empty('没有发现冲突。'));
        return;
    }
    const list = el('ul', { className: 'conflicts' });
    result.items.forEach((c, i) => {
        const sides = conflictSides(c);
        sides.hidden = true;
        const toggle = el(
            'button',
            { type: 'button', className: 'conflict-toggle', 'aria-expanded': 'false' },
            el('span', { className: 'rank' }, `${(result.page - 1) * result.pageSize + i + 1}.`),
            el('span', { className: 'what' }, conflictSummary(c)),
            el('span', { className: 'versus' }, c.values.map((v) => `${formatValue(v.value, v.valueMax, v.unit, c.period)}（${v.sources}）`).join(' vs ')),
            el('span', { className: 'muted' }, `相差 ${Math.round(c.spread * 1000) / 10}%`),
        );
        toggle.addEventListener('click', () => {
            sides.hidden = !sides.hidden;
            toggle.setAttribute('aria-expanded', String(!sides.hidden));
        });
        list.append(el('li', { className: 'conflict' }, toggle, sides));
    });
    add(root, list, pager(result, (p) => navigate('conflicts', { page: p })));
}

async function renderMissing(root, params) {
    const site = params.get('site') ?? '';
    const page = Number(params.get('page') ?? '1') || 1;
    add(root, el('h1', {}, '标题承诺、正文缺失'), el('p', { className: 'summary' }, '标题点名了某地，正文却没有给出该地的数字或办理步骤。'));
    const [{ facets }, result] = await Promise.all([api('search', { pageSize: 0 }), api('missing', { site, page, pageSize: 50 })]);
    const select = el('select', { name: 'site', 'aria-label': '网站' }, el('option', { value: '' }, '全部网站'), Object.keys(facets.site).sort().map((s) => el('option', { value: s }, s)));
    select.value = site;
    select.addEventListener('change', () => navigate('missing', { site: select.value }));
    add(root, el('div', { className: 'toolbar' }, select));
    if (result.total === 0) {
        add(root, empty('没有这样的页面。'));
        return;
    }
    add(root, 
        el(
            'table',
            { className: 'list' },
            el('thead', {}, el('tr', {}, el('th', {}, '网站'), el('th', {}, '页面'), el('th', {}, '标题中的地区'), el('th', {}, '页内数字'))),
            el(
                'tbody',
                {},
                result.items.map((m) =>
                    el('tr', {}, el('td', {}, m.site), el('td', {}, pageLink(m.url, m.title || m.url)), el('td', {}, m.region), el('td', {}, String(m.figuresOnPage))),
                ),
            ),
        ),
        pager(result, (p) => navigate('missing', { site, page: p })),
    );
}

function describeChangeValue(value) {
    if (value === null || value === undefined) return '—';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** What a changed claim is about: metric, population and ages, or task and channel. */
function changedClaimLabel(claim) {
    const parts =
        claim.kind === 'figure'
            ? [label(METRIC_LABELS, claim.metric), claim.population ? label(POPULATION_LABELS, claim.population) : null, formatAges(claim.ageMin, claim.ageMax)]
            : [label(TASK_LABELS, claim.task), label(CHANNEL_LABELS, claim.channel)];
    return el('span', { className: 'muted' }, parts.filter(Boolean).join(' · '));
}

async function renderChanges(root, params) {
    const url = params.get('url') ?? '';
    const since = params.get('since') ?? '';
    const page = Number(params.get('page') ?? '1') || 1;
    add(root, el('h1', {}, url ? '页面变更历史' : '变更记录'));
    const urlInput = el('input', { type: 'url', name: 'url', value: url, placeholder: '页面网址（留空看全部）', 'aria-label': '页面网址' });
    const sinceInput = el('input', { type: 'date', name: 'since', value: since, 'aria-label': '起始日期' });
    add(root, 
        el(
            'form',
            { className: 'toolbar', onSubmit: (event) => {
                event.preventDefault();
                navigate('changes', { url: urlInput.value.trim(), since: sinceInput.value });
            } },
            urlInput,
            sinceInput,
            el('button', { type: 'submit' }, '查看'),
        ),
    );
    if (url) add(root, el('p', { className: 'summary' }, '页面：', pageLink(url)));
    const result = await api('changes', { url, since, page, pageSize: 50 });
    if (result.total === 0) {
        add(root, empty('没有记录到变更。页面被重新抓取且说法有变时，这里会列出。'));
        return;
    }
    add(root, 
        el(
            'ol',
            { className: 'changes' },
            result.items.map((c) => {
                const claim = c.after ?? c.before;
                return el(
                    'li',
                    { className: `change ${c.change}` },
                    el(
                        'div',
                        { className: 'change-head' },
                        el('span', { className: `tag change-${c.change}` }, label(CHANGE_LABELS, c.change)),
                        el('span', {}, formatTime(c.at)),
                        el('span', { className: 'region' }, formatRegion(c.region)),
                        claim ? changedClaimLabel(claim) : el('span', { className: 'muted' }, c.key),
                    ),
                    c.fields.length
                        ? el(
                              'ul',
                              { className: 'fields' },
                              c.fields.map((f) => el('li', {}, `${label(FIELD_LABELS, f.field)}：${describeChangeValue(f.before)} → ${describeChangeValue(f.after)}`)),
                          )
                        : null,
                    claim?.quote ? el('blockquote', { className: 'quote' }, claim.quote) : null,
                    el(
                        'div',
                        { className: 'claim-meta' },
                        pageLink(c.url, c.title || c.url),
                        el('span', {}, c.site),
                        url ? null : viewLink('changes', { url: c.url }, '此页全部变更', 'action'),
                    ),
                );
            }),
        ),
        pager(result, (p) => navigate('changes', { url, since, page: p })),
    );
}

function keyValueTable(rows) {
    return el('table', { className: 'kv' }, el('tbody', {}, rows.map(([k, v]) => el('tr', {}, el('th', {}, k), el('td', {}, v)))));
}

async function renderStatus(root) {
    const [status, schedules] = await Promise.all([api('status'), api('schedules')]);
    const reasons = Object.entries(status.failuresByReason).sort((a, b) => b[1] - a[1]);
    add(root, 
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
        add(root, 
            el('h2', {}, '失败原因'),
            el('table', { className: 'compact' }, el('tbody', {}, reasons.map(([reason, n]) => el('tr', {}, el('td', {}, reason), el('td', {}, String(n)))))),
        );
    }
    if (status.queues.length) {
        const columns = ['waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed'];
        add(root, 
            el('h2', {}, '队列'),
            el(
                'table',
                { className: 'list' },
                el('thead', {}, el('tr', {}, el('th', {}, '队列'), columns.map((c) => el('th', {}, c)))),
                el('tbody', {}, status.queues.map((q) => el('tr', {}, el('td', {}, q.name), columns.map((c) => el('td', {}, String(q[c] ?? '—')))))),
            ),
        );
    }
    add(root, el('h2', {}, '定时重抓'));
    if (schedules.items.length === 0) {
        add(root, empty(status.mode === 'redis' ? '还没有定时重抓。用 claimscope schedule add 添加。' : '定时重抓需要 Redis（设置 REDIS_URL）。'));
    } else {
        add(root, 
            el(
                'table',
                { className: 'list schedules' },
                el('thead', {}, el('tr', {}, ['编号', '起始网址', '间隔', '自适应范围', '状态', '下次运行'].map((h) => el('th', {}, h)))),
                el(
                    'tbody',
                    {},
                    schedules.items.map((s) =>
                        el(
                            'tr',
                            {},
                            el('td', {}, s.id),
                            el('td', {}, pageLink(s.target)),
                            el('td', {}, s.every),
                            el('td', {}, `${formatDuration(s.minIntervalMs)} – ${formatDuration(s.maxIntervalMs)}`),
                            el('td', {}, s.paused ? '已暂停' : '运行中'),
                            el('td', {}, s.nextRunAt ? formatTime(s.nextRunAt) : '—'),
                        ),
                    ),
                ),
            ),
        );
    }
    add(root, el('p', { className: 'muted' }, `每 ${STATUS_REFRESH_MS / 1000} 秒自动刷新。`));
}

function formatDuration(ms) {
    const units = [['天', 86_400_000], ['小时', 3_600_000], ['分钟', 60_000], ['秒', 1000]];
    for (const [name, size] of units) if (ms >= size && ms % size === 0) return `${ms / size} ${name}`;
    return `${Math.round(ms / 1000)} 秒`;
}

// ---- router ----

let renderToken = 0;
let refreshTimer;

async function route() {
    const token = ++renderToken;
    clearTimeout(refreshTimer);
    const [name, query = ''] = location.hash.replace(/^#/, '').split('?');
    const view = Object.hasOwn(VIEWS, name) ? name : 'search';
    for (const link of document.querySelectorAll('#nav a')) {
        if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
    }
    // Render off-screen, then swap in: a slow answer for an old hash never replaces a newer view.
    const root = el('div', { className: `view view-${view}`, 'data-view': view });
    try {
        await VIEWS[view](root, new URLSearchParams(query));
    } catch (err) {
        add(root, errorBox(err));
    }
    if (token !== renderToken) return;
    document.getElementById('view').replaceChildren(root);
    // Lets tests and scripts wait for "this hash is on screen".
    document.body.dataset.rendered = location.hash;
    if (view === 'status') refreshTimer = setTimeout(route, STATUS_REFRESH_MS);
}

window.addEventListener('hashchange', route);
route();

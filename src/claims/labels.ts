/**
 * The one vocabulary every surface speaks: the CLI, the JSON API and the web page (which fetches it from
 * `/api/labels` and reads pre-formatted `display` fields) show claim enum values, values with units, age
 * brackets, hedges, worked examples, spreads and times through these tables and functions only. Keyed by the
 * schema's enums, so a value added to the schema without a label is a type error here.
 */
import type { Basis, Channel, ConfidenceCue, Metric, Population, Task, Unit } from './schema.js';

export const METRIC_LABELS: Readonly<Record<Metric, string>> = {
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

export const POPULATION_LABELS: Readonly<Record<Population, string>> = {
    retiree: '退休人员',
    employee: '在职职工',
    flexible: '灵活就业',
    resident: '城乡居民',
};

/** Written straight after the number: `100元`, `8%`, `15个工作日`. */
export const UNIT_LABELS: Readonly<Record<Unit, string>> = {
    CNY: '元',
    percent: '%',
    workday: '个工作日',
    day: '天',
    month: '个月',
    year: '年',
};

export const PERIOD_LABELS: Readonly<Record<'month' | 'year', string>> = { month: '/月', year: '/年' };

export const BASIS_LABELS: Readonly<Record<Basis, string>> = {
    avg_pension: '按平均养老金',
    own_pension: '按本人养老金',
    contribution_base: '按缴费基数',
    fixed: '定额',
};

export const TASK_LABELS: Readonly<Record<Task, string>> = {
    query_balance: '查询余额',
    transfer: '转移接续',
    family_sharing: '家庭共济',
    offsite_filing: '异地备案',
    pay_premium: '缴费',
    change_place: '变更参保地',
    withdraw: '提取',
    print_record: '打印缴费记录',
};

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
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

export const CHANGE_LABELS = { added: '新增', removed: '删除', modified: '修改' } as const;

/** Claim fields a recrawl may change, as the change log names them. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
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

/** Marks beside a figure: a hedged value (约、左右) and a worked example (not a standard). */
export const MARKS = { approx: '约数', example: '举例' } as const;

/** Below this extraction confidence a claim carries the 低置信 mark, on every surface. */
export const LOW_CONFIDENCE = 0.9;
export const LOW_CONFIDENCE_MARK = '低置信';

/** Why a claim was read with less confidence, per cue the extractor records (`confidenceCues`). */
export const CONFIDENCE_CUE_LABELS: Readonly<Record<ConfidenceCue, string>> = {
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

/** `抽取置信度 0.72:地区取自小标题…` for a low-confidence claim; null when the claim is not low. */
export function lowConfidenceNote(claim: { confidence?: number; confidenceCues?: readonly string[] }): string | null {
    if (typeof claim.confidence !== 'number' || claim.confidence >= LOW_CONFIDENCE) return null;
    const reasons = (claim.confidenceCues ?? []).map((cue) => (CONFIDENCE_CUE_LABELS as Record<string, string>)[cue] ?? cue);
    return `抽取置信度 ${claim.confidence.toFixed(2)}${reasons.length > 0 ? `:${reasons.join(';')}` : ''}`;
}

/** How a claim without a region reads, and the word that asks for such claims (`region=全国`, or `region=`). */
export const NATIONAL_LABEL = '全国/未指明';
export const NATIONAL_REGION = '全国';

/** Every time is shown in China Standard Time, the sources' own clock, and says so. */
export const TIME_ZONE = 'Asia/Shanghai';
export const TIME_ZONE_LABEL = '北京时间';

/** Repeated copies of one passage, as every surface words them. */
export function copiesLabel(pages: number): string {
    return `同段落见于 ${pages} 页`;
}

function number(n: number): string {
    return String(Math.round(n * 100) / 100);
}

export interface ValueParts {
    value: number;
    valueMax: number | null;
    unit: Unit;
}

/** `100元/月`, `50~70元/月`, `2%~3%`, `15个工作日`. */
export function formatValue(value: ValueParts, period: 'month' | 'year' | null): string {
    const unit = UNIT_LABELS[value.unit] + (period ? PERIOD_LABELS[period] : '');
    const low = number(value.value);
    if (value.valueMax === null || value.valueMax === undefined) return `${low}${unit}`;
    const high = number(value.valueMax);
    return value.unit === 'percent' ? `${low}${unit}~${high}${unit}` : `${low}~${high}${unit}`;
}

/** `70岁及以上`, `69岁及以下`, `60~69岁`, or `全部年龄`. */
export function formatAges(ageMin: number | null, ageMax: number | null): string {
    if (ageMin === null && ageMax === null) return '全部年龄';
    if (ageMin === null) return `${ageMax}岁及以下`;
    if (ageMax === null) return `${ageMin}岁及以上`;
    return `${ageMin}~${ageMax}岁`;
}

/** A conflict's spread (0.0909) as `9.1%`: one decimal everywhere. */
export function formatSpread(spread: number): string {
    return `${Math.round(spread * 1000) / 10}%`;
}

export function formatRegion(region: string | null): string {
    return region ?? NATIONAL_LABEL;
}

export function metricLabel(metric: string): string {
    return (METRIC_LABELS as Record<string, string>)[metric] ?? metric;
}

export function populationLabel(population: string | null): string {
    if (population === null) return '人群未指明';
    return (POPULATION_LABELS as Record<string, string>)[population] ?? population;
}

const TIME_FORMAT = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
});

/** An ISO instant as `2025-06-01 16:00 北京时间`; text that is not a time is returned as it is. */
export function formatTime(iso: string): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const part = Object.fromEntries(TIME_FORMAT.formatToParts(date).map((p) => [p.type, p.value]));
    return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute} ${TIME_ZONE_LABEL}`;
}

/** The marks a figure carries (`约数`, `举例`), in a fixed order. */
export function figureMarks(claim: { approx: boolean; example: boolean }): string[] {
    const marks: string[] = [];
    if (claim.approx) marks.push(MARKS.approx);
    if (claim.example) marks.push(MARKS.example);
    return marks;
}

/** The tables as JSON, for `/api/labels`: the page shows enum values through these. */
export function vocabulary() {
    return {
        metric: METRIC_LABELS,
        population: POPULATION_LABELS,
        unit: UNIT_LABELS,
        period: PERIOD_LABELS,
        basis: BASIS_LABELS,
        task: TASK_LABELS,
        channel: CHANNEL_LABELS,
        change: CHANGE_LABELS,
        field: FIELD_LABELS,
        marks: MARKS,
        confidence: { low: LOW_CONFIDENCE, mark: LOW_CONFIDENCE_MARK, cues: CONFIDENCE_CUE_LABELS },
        national: { label: NATIONAL_LABEL, region: NATIONAL_REGION },
        timeZone: { id: TIME_ZONE, label: TIME_ZONE_LABEL },
    };
}
export type Vocabulary = ReturnType<typeof vocabulary>;

/**
 * 30 claims shaped like the corpus's: per-city monthly credits with 70岁 brackets, rates, transfer
 * limits, and how-to procedures, spread over four sites, some pages copied between sites. Claims read from a
 * label, a heading, a hedge or an example carry less than full extraction confidence.
 */
import type { FigureClaim, ProcedureClaim } from '../../src/claims/schema.js';
import type { ClaimDocument } from '../../src/search/types.js';

type Page = Pick<ClaimDocument, 'url' | 'site' | 'title'>;

const pages = {
    bjA: { url: 'https://a.example.cn/yb/101.html', site: 'a.example.cn', title: '退休后医保个人账户每月返多少钱?' },
    shA: { url: 'https://a.example.cn/yb/102.html', site: 'a.example.cn', title: '上海退休人员医保个人账户划入标准' },
    szB: { url: 'https://b.example.cn/news/7.html', site: 'b.example.cn', title: '深圳医保个人账户每月打入多少' },
    hnB: { url: 'https://b.example.cn/news/8.html', site: 'b.example.cn', title: '以海南为例,医保返款怎么查' },
    bjC: { url: 'https://c.example.cn/p/1.html', site: 'c.example.cn', title: '2024年北京医保返还标准' },
    genC: { url: 'https://c.example.cn/p/2.html', site: 'c.example.cn', title: '医保关系转移接续需要多久' },
    howD: { url: 'https://d.example.cn/a/3.html', site: 'd.example.cn', title: '医保余额怎么查询' },
} satisfies Record<string, Page>;

let serial = 0;

function figure(page: Page, fields: Partial<FigureClaim> & Pick<FigureClaim, 'metric' | 'value' | 'quote'>): ClaimDocument {
    const claim: FigureClaim & { id: string } = {
        id: `${page.site}-f${String(++serial).padStart(2, '0')}`,
        ...page,
        published: '2024-03-01',
        section: null,
        kind: 'figure',
        region: null,
        province: null,
        population: 'retiree',
        ageMin: null,
        ageMax: null,
        valueMax: null,
        unit: 'CNY',
        period: 'month',
        monthly: null,
        approx: false,
        basis: null,
        example: false,
        copies: 1,
        cluster: null,
        confidence: 1,
        ...fields,
    };
    if (claim.unit === 'CNY' && claim.period === 'month' && claim.monthly === null) claim.monthly = claim.value;
    return claim;
}

function procedure(page: Page, fields: Pick<ProcedureClaim, 'task' | 'channel' | 'steps' | 'quote'> & Partial<ProcedureClaim>) {
    const claim: ProcedureClaim & { id: string } = {
        id: `${page.site}-p${String(++serial).padStart(2, '0')}`,
        ...page,
        published: null,
        section: null,
        kind: 'procedure',
        region: null,
        province: null,
        copies: 1,
        cluster: null,
        confidence: 1,
        ...fields,
    };
    return claim;
}

const BJ = { region: '北京', province: '北京' };
const SH = { region: '上海', province: '上海' };
const SZ = { region: '深圳', province: '广东' };
const HN = { region: '海南', province: '海南' };

export const CLAIMS: ClaimDocument[] = [
    // a.example.cn — 北京 brackets
    figure(pages.bjA, { ...BJ, metric: 'retiree_account_credit', ageMax: 69, value: 100, quote: '北京:70岁以下退休人员每月返款100元' }),
    figure(pages.bjA, { ...BJ, metric: 'retiree_account_credit', ageMin: 70, value: 110, quote: '北京:70岁及以上退休人员每月返款110元' }),
    figure(pages.bjA, { metric: 'retiree_credit_rate', unit: 'percent', period: null, value: 2, valueMax: 3, basis: 'avg_pension', quote: '全国普遍采用2%~3%的比例划入个人账户' }),
    figure(pages.bjA, { metric: 'retiree_account_credit', value: 111, example: true, confidence: 0.88, quote: '若某地按3%计算,每月返款为111元' }),
    // a.example.cn — 上海
    figure(pages.shA, { ...SH, metric: 'retiree_account_credit', ageMax: 74, value: 75, section: '上海标准', confidence: 0.96, quote: '74岁以下退休人员每月划入75元' }),
    figure(pages.shA, { ...SH, metric: 'retiree_account_credit', ageMin: 75, value: 90, section: '上海标准', quote: '75岁及以上每月划入90元' }),
    figure(pages.shA, { ...SH, metric: 'employee_credit_rate', population: 'employee', unit: 'percent', period: null, value: 2, basis: 'contribution_base', quote: '在职职工按缴费基数的2%划入个人账户' }),
    procedure(pages.shA, { ...SH, task: 'query_balance', channel: 'app', steps: ['下载随申办', '点击医保', '查询余额'], quote: '打开随申办App,点击医保,即可查询个人账户余额' }),
    // b.example.cn — 深圳
    figure(pages.szB, { ...SZ, metric: 'retiree_account_credit', ageMax: 69, value: 150, period: 'month', quote: '深圳70岁以下退休人员每月打入150元' }),
    figure(pages.szB, { ...SZ, metric: 'retiree_account_credit', ageMin: 70, value: 170, quote: '深圳70岁及以上退休人员每月打入170元' }),
    figure(pages.szB, { ...SZ, metric: 'employee_account_credit', population: 'employee', value: 1680, period: 'year', monthly: 140, quote: '在职职工每年返还1680元,月均140元' }),
    figure(pages.szB, { ...SZ, metric: 'transfer_days', population: null, unit: 'workday', period: null, value: 15, quote: '医保关系转移接续在15个工作日内办结' }),
    procedure(pages.szB, { ...SZ, task: 'family_sharing', channel: 'wechat', steps: ['进入深圳医保公众号', '选择家庭共济', '绑定家人'], quote: '进入深圳医保公众号,选择家庭共济,绑定家人账户' }),
    // b.example.cn — 海南, 以海南为例
    figure(pages.hnB, { ...HN, metric: 'retiree_account_credit', ageMax: 69, value: 80, approx: true, confidence: 0.92, quote: '70岁以下每月返款80元左右' }),
    figure(pages.hnB, { ...HN, metric: 'retiree_account_credit', ageMin: 70, value: 95, confidence: 0.96, quote: '70岁及以上每月返款95元' }),
    figure(pages.hnB, { ...HN, metric: 'resident_account_credit', population: 'resident', value: 30, period: 'year', monthly: 2.5, quote: '城乡居民医保个人账户每年到账30元' }),
    procedure(pages.hnB, { ...HN, task: 'query_balance', channel: 'alipay', steps: ['打开支付宝', '搜索医保', '查看明细'], quote: '打开支付宝,搜索医保电子凭证,查看返款明细' }),
    procedure(pages.hnB, { ...HN, task: 'query_balance', channel: 'phone', steps: ['拨打12333', '按提示输入身份证号'], quote: '拨打12333,按提示输入身份证号查询余额' }),
    // c.example.cn — a copy of the 北京 brackets, plus national figures
    figure(pages.bjC, { ...BJ, metric: 'retiree_account_credit', ageMax: 69, value: 100, copies: 2, cluster: 'k1', quote: '北京:70岁以下退休人员每月返款100元' }),
    figure(pages.bjC, { ...BJ, metric: 'retiree_account_credit', ageMin: 70, value: 110, copies: 2, cluster: 'k2', quote: '北京:70岁及以上退休人员每月返款110元' }),
    figure(pages.bjC, { ...BJ, metric: 'premium', population: 'employee', value: 3, quote: '北京在职职工每月缴纳大额医疗互助资金3元' }),
    figure(pages.bjC, { ...BJ, metric: 'retiree_account_credit', population: 'flexible', value: 60, quote: '北京灵活就业退休人员每月返还60元' }),
    figure(pages.genC, { metric: 'transfer_days', population: null, unit: 'workday', period: null, value: 45, quote: '转移接续手续一般在45个工作日内完成' }),
    figure(pages.genC, { metric: 'min_contribution_years', population: null, unit: 'year', period: null, value: 25, quote: '累计缴费满25年可享受终身医保待遇' }),
    procedure(pages.genC, { task: 'transfer', channel: 'counter', steps: ['到转入地医保经办机构', '提交申请表', '等待办结'], quote: '到转入地医保经办机构窗口提交转移接续申请' }),
    procedure(pages.genC, { task: 'transfer', channel: 'website', steps: ['登录国家医保服务平台', '选择关系转移'], quote: '登录国家医保服务平台网站,选择医保关系转移接续' }),
    // d.example.cn — how-tos
    procedure(pages.howD, { task: 'query_balance', channel: 'wechat', steps: ['打开微信', '搜索国家医保服务平台', '查询余额'], quote: '打开微信搜索国家医保服务平台小程序查询余额' }),
    procedure(pages.howD, { task: 'query_balance', channel: 'bank', steps: ['登录银行App', '查看社保卡账户'], quote: '登录发卡银行App,查看社保卡医保账户到账记录' }),
    procedure(pages.howD, { task: 'print_record', channel: 'kiosk', steps: ['插入社保卡', '选择打印'], quote: '在自助终端插入社保卡,选择打印参保证明' }),
    figure(pages.howD, { metric: 'retiree_account_credit', ageMin: 80, value: 200, confidence: 0.7, quote: '部分地区80岁以上每月返款200元' }),
];

export const PAGES = pages;

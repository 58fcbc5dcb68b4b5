/**
 * Word lists the figure extractor reads (CLAIMS.md § Metrics, § One statement, one claim). Data only: the rules
 * that use them live in the parse-* and index modules.
 */

/** Verbs and nouns meaning money (or a share of it) is credited to a personal account. */
export const CREDIT_WORDS = [
    '返款', '返还', '返钱', '返多少', '能返', '可返', '月返', '年返', '返给', '返到', '划入', '划拨', '打入', '打进',
    '打钱', '到账', '计入', '记入', '进账', '存入', '注入', '拨入', '入账',
    // money said to go into the account itself, the account named in full or short (`全进个账`, `进入个人账户`)
    '进个人账户', '进入个人账户', '进个账', '进入个账', '进医保账户', '进账户',
    // put into the account, said with 进 after the verb (`把那2%记进去`, `划进账户`) or as a transfer of funds (`按2%进行划转`)
    '记进', '计进', '划进', '存进', '放进', '转进', '划转',
] as const;

/**
 * `划` or `打` alone is a credit verb only right after a period (`按年划的`, `每月划100元`, `每个月大概打多少`,
 * `月划100元` before its amount), as are `返` and Cantonese `入` there (`每月返`, `每个月入85元`); `返` also right before
 * an amount (`70岁以下的返78元`); `记账` (booked) right after a rate (`的2%每月记账`; `划分到两个账户里记账` is none); and `划`, `打` or `返` right after a rate, a ratio or the base a rate is taken of, `来` between or not, ending its phrase (`按养老金的2.6%划`,
 * `照着一个比例来打的`, the base after 按/照: `按退休金返的`, `按养老金给的`; or `返`, `划` right before a rate (`满某岁返3%`; `给3%的涨幅` is none); `比例打了折扣` is no credit), or right after an amount (`按92元划的`; `30元打的` is a taxi ride); elsewhere they are part of 计划, 规划, 划分, 打卡, 打电话; and `每月划扣` / `划缴` take money out (a premium
 * debited), not in.
 */
export const BARE_CREDIT_VERB =
    /(?:[%％](?:逐月|按月|每月|按年)?记账|(?:按|每)个?[年月]度?(?:大概|大约|约|能|会|都|就)?(?:划(?![分算定扣缴])|打(?![分算卡电扣缴针])|返|入(?=\s*\d))|[%％]划(?![分算定扣缴])|(?:[%％]|比例|(?<=[按照依][^,;。]{0,10})(?:养老金|退休金|退休工资|工资|基数))(?:来|去)?[划打返给](?=的|给|进|入|[,;。]|$)|(?<![往遣退计规])[划返](?=\s*\d+(?:\.\d+)?\s*[%％])|[年月]划(?=\s*\d)|(?<![往遣退])返(?=\s*\d)|元(?:来|去)?(?:[划返](?=的|给|进|入|[,，;；。]|$)|打(?=给|进|入|[,，;；。]|$)))/;

/**
 * `进` said of money going into the account, as people say it: the account the subject of `进` (`个账每月进…`, `个人账户
 * 里固定进…`), the account its object (`进入本人账户`, `进到自己的个账`), or `进` right before the figure (`…为基数,进3%`,
 * `能进85元`). Elsewhere `进` is 进行, 进一步, 推进, 引进, and money going into the pool (`全进统筹`) is no credit.
 */
export const ACCOUNT_TAKES_IN =
    /(?:个人账户|个账|医保账户)[^,;。]{0,8}?进(?![行一步不出来去展程度])|进入?到?(?:本人|自己|其)?的?(?:医保)?(?:个人)?(?:账户|个账)|(?<![推促改引先增跟前精演上奋挺迈])进(?=\s*\d)(?!\s*\d+\s*步)/;

/**
 * A heading or title about the personal account itself (`各市个人账户标准一览`): a terse amount per month or year
 * under it, in a sentence about no other money, is what the account is credited.
 */
export const ACCOUNT_TOPIC_WORDS = ['个人账户', '医保账户', '医保卡', '个账'] as const;

/**
 * Words that name a rate as a share without saying of what (`那个比例是2.5%`): a credit ratio only when the
 * heading or question around it is about crediting.
 */
export const RATIO_WORDS = ['比例', '比率', '百分比'] as const;

/**
 * The personal account said to hold what the insured pay themselves, whichever way it is put (`钱来源于职工本人所缴的
 * 保费`, `个账只有自己掏的那部分`, `说白了全是个人工资里扣的`): the share they pay is the share credited, so a rate of it
 * is the employees' credit rate though its words are of paying.
 */
export const OWN_PAYMENT_CREDITED =
    /(?:来自|来源于|来源是|就是|只进|只有|进的是|全是|都是|只是|全部是)[^。,，;；]{0,4}?(?:本人|自己|个人|职工)[^。,，;；]{0,6}?(?:缴纳|交纳|缴|交|扣|出|掏)的/;

/** Hedges that set `approx`. */
export const HEDGES = ['左右', '大约', '大概', '约', '可以达到', '能达到', '上下', '差不多'] as const;

/**
 * Markers that open a worked or hypothetical example. A sentence is an example only when it also assumes an
 * input figure (a pension level, a wage, a base), so `比如甘肃,每月定额划入120元` stays a statement.
 */
export const EXAMPLE_MARKERS = [
    '举个例子', '举例', '例如', '比如', '譬如', '假设', '假如', '假定', '如果', '若', '比方', '好比', '算一笔账', '算笔账',
    '算一下', '以此计算', '为例', '示例', '举个栗子',
    // working a figure out from one's own input, said as people say it (`这么一算`, `这样算`)
    '这么一算', '这样一算', '这么算', '这样算',
    // a place left unnamed on purpose is a made-up one (`某城市…养老金3500元…`)
    '某地', '某市', '某城市', '某县', '某省', '某区',
] as const;

/**
 * `以月薪6000元计算`, `以我的缴费基数来说`, `拿个具体数来说`: an assumed level the rest of the sentence is worked out from. With an input
 * figure it marks an example as the listed markers do.
 */
export const ASSUMING_LEVEL = /(?:以|拿|用)[^,,;;。]{1,20}?(?:计算|来算|来说|来讲|测算)/;

/**
 * An assumed input written as a bare number after its noun, as people say it (`养老金是三千二`, `月薪一万的`,
 * `基数8000的话`): the number has no `元`, so it is no amount mention, yet it is the example's input.
 */
export const BARE_INPUT_FIGURE = /(?:养老金|退休金|月薪|工资|收入|薪水|基数)(?:是|为|有|在|按)?(?:\d|[一二两三四五六七八九][十百千万])/;

/**
 * One assumed person told by exact age (`今年81岁`, `现年66周岁`): with a marker of an example (`比如…`), the input the
 * example works the rule out for. An age that bounds a bracket (`今年满70岁以上`) is none.
 */
export const PERSON_AT_EXACT_AGE = /(?:今年|现年)\s*\d{2,3}\s*(?:周岁|岁)(?![以及之往起后前多])/;

/** A worked calculation written out (`4000×2%=80元`, `4000*2%＝80`): its result is an example's, not a rule's. */
export const WORKED_FORMULA = /\d\s*[×xX*]\s*\d+(?:\.\d+)?\s*%?\s*[=＝]\s*\d/;

/**
 * Words that, just before an amount, say it is an input or a level rather than money credited: pension levels
 * (`人均养老金4100元`), wages, contribution bases, deductions (`扣除3元`), caps.
 */
export const NON_CREDIT_AMOUNT_CUES = [
    '养老金', '退休金', '月薪', '工资', '收入', '薪水', '基数', '扣除', '扣掉', '扣', '含', '减去', '封顶', '最高支付',
    '报销', '费用', '花费', '医疗费', '补贴', '余额', '自付', '自费',
] as const;

/**
 * Money words other than crediting (paying, reimbursing, covering costs). A sentence holding one is not read as a
 * credit on the strength of its heading or title alone.
 */
export const OTHER_MONEY_WORDS = [
    '缴纳', '缴费', '交费', '划缴', '划扣', '扣缴', '赔付', '报销', '支付', '费用', '补助', '补贴', '覆盖', '起付',
    // a price asked for a product, commercial insurance above all (`某某险每年只要59元`)
    // (`只要`, `只需` say "as long as" and "need only do" as often, so they name no price)
    '售价', '价格', '保费', '投保', '商业保险', '商业险', '医疗险', '惠民保', '重疾险',
] as const;

/** Words just before an amount that make it a net amount printed beside the stated one (`实际到账97元`). */
export const NET_CUES = ['实际到账', '实际为', '实际到手', '到手', '实际'] as const;

/** Words just before an amount that restate the previous yearly amount per month (`折合每月140元`). */
export const MONTHLY_EQUIVALENT_CUES = ['折合每月', '折合', '月均', '平均每月', '相当于每月', '即每月', '每月合'] as const;

/**
 * Words just before an amount that make it one instalment of the amount before it (`全年划入1080元,分两次发放,每次540元`):
 * the yearly amount is the claim, not each part paid.
 */
export const INSTALMENT_CUE = /每(?:一)?(?:次|期|笔)|分[两二三四\d]+(?:次|期|笔)/;

/**
 * Words just before an amount that sum the amounts before it (`每季度划入90元,全年合计360元`): the total restates
 * the claim, and a table row headed by one (`合计 | … | 360`) restates the rows above.
 */
export const TOTAL_CUES = ['合计', '共计', '总计', '小计', '累计', '一共'] as const;
export const TOTAL_ROW = /^\s*(?:合计|共计|总计|小计)\s*[|｜\t:：]/;

/** Words that make an amount a fee paid by the insured (`每人每年需缴纳96元`). */
export const PREMIUM_CUES = ['缴纳', '缴费标准', '个人缴费', '需缴', '交纳', '交费', '缴费'] as const;

/** A threshold before a benefit pays: `起付线`, `自付费用超过6000元`. */
export const DEDUCTIBLE_CUE = /起付|自付.{0,12}超过/;

/**
 * Qualifiers that put a figure on an unnamed subset of places (`部分地区…100元左右`): with no place named, such a
 * figure is neither a national statement nor a claim about a place. `大部分地区` / `多数地区` are general.
 */
export const SUBSET_OF_PLACES = /(?<![大绝])(?:部分|少数|一些|个别|有的|有些|某些)(?:地区|地方|城市|省份|省市|统筹区|统筹地区)/;

/** A sentence that asks rather than states (FAQ headings: `某市每月返88元还是85元?`, `…还是90元呢`). */
export const QUESTION_END = /[??]\s*$|[吗呢]\s*$/;

/** An either-or question written without a question mark (`到底是每月80元还是90元`): it states no figure. */
export const EITHER_OR_QUESTION = /(?:到底|究竟)[^,;。]*还是/;

/**
 * Words right before a figure that make it a change or a difference, not a level: an increment (`每月增加10元`,
 * `每月多10元`; but `最多100元` is a cap and `增加到110元` a level), a gap between two places or two years
 * (`比某地少5元`, `与某地相差3元`, `高出8元`; but `至少`, `最低` are bounds) or a value since replaced
 * (`由原来的30个工作日压缩到12个`).
 */
export const INCREMENT_WORDS = [
    '增加', '增长', '上调', '提高', '提升', '上涨', '多出', '多发', '多', '相差', '差', '少', '低', '高出', '低出',
    // a top-up over a base (`另加10元`, `再加5元`)
    '另加', '再加', '额外加', '加发',
] as const;
export const SUPERSEDED_WORDS = ['原来', '原先', '以前', '此前', '过去', '之前', '原'] as const;
/**
 * Verbs that may follow an increment word (`每月多划10元`, `多划入5元`, spoken `多进5块`): still the difference, not a
 * level. Every way of crediting counts, the spoken `进`/`入` and `到账` as much as `划入`.
 */
export const INCREMENT_VERBS = ['划入', '打入', '返还', '计入', '记入', '存入', '到账', '划', '返', '打', '发', '给', '拨', '存', '进', '入'] as const;
export const CHANGE_BEFORE_FIGURE = new RegExp(
    `(?:(?<![最至不])(?:${INCREMENT_WORDS.join('|')})了?(?:${INCREMENT_VERBS.join('|')})?了?|` +
        `(?:${SUPERSEDED_WORDS.join('|')})(?:的|是|为)?)\\s*$`,
);

/**
 * Verbs of a change from an old value to a new one (`由80元调高至95元`, `从2%上调为3%`, `由每月80元涨到95元`):
 * followed by `至/到/为/成`, the figure before them is the old value and the figure after them the value in force.
 */
export const CHANGE_VERBS = [
    '调高', '提高', '上调', '上涨', '增加', '增长', '提升', '调整', '下调', '降低', '减少', '下降', '调', '涨', '降', '升', '减', '增', '变', '改', '提',
    // a time limit changes by being shortened or lengthened (`由25个工作日缩短为12个`)
    '缩短', '压缩', '缩减', '延长',
] as const;
/** A change's verb with where it goes (`调高至`, `提到`), or an arrow from the old value to the new (`80元→95元`). */
export const CHANGE_TO = `(?:(?:${CHANGE_VERBS.join('|')})了?(?:至|到|为|成)|[→⇒➔⟶])`;

/**
 * Words that say a figure reported just before them is wrong (`“每月150元”并不准确,实际为120元`): the reported
 * figure is not the page's claim; what the page asserts instead is.
 */
export const REBUTTALS = [
    '不准确', '不正确', '不对', '错误', '有误', '不实', '谣言', '误传', '假的', '不是真的', '并非如此', '是错的', '弄错',
    '未必', '不见得', '不属实', '实际为', '实际是', '实际上是', '不符合我市', '不符合本市', '不符合我省', '不符合本省', '不符合政策', '不符合规定',
    '不符合实际',
] as const;

/**
 * Words that report a figure as hearsay (`网上流传`, `有人说`): with a rebuttal after it, the figure is the one
 * being corrected. A figure in quotation marks followed by a rebuttal is one too.
 */
export const HEARSAY = [
    '网传', '网上流传', '流传', '传言', '传闻', '有人说', '有人称', '听说', '据说', '有说法', '有种说法', '坊间', '所说',
    '所称', '所反映', '提到的', '网友称', '网友说', '有网友', '所谓', '传说', '网上说', '外面说', '群里说',
] as const;

/**
 * Words calling the figure of their own clause false (`每月返200元纯属误传`, `…100元的消息不实`): the figure is what
 * the page refutes, whoever said it. Not `实际是`, `未必`: those set a figure against another, they do not refute it.
 */
export const FALSE_IN_CLAUSE = [
    '不准确', '不正确', '不实', '不属实', '谣言', '误传', '假的', '不是真的', '是错的', '有误', '纯属', '系误读', '是误读',
    '并不存在', '子虚乌有',
] as const;

/** Words after a quoted figure that say it is circulating, not stated (`“每月返500元”的说法在朋友圈流传`). */
export const SPREADING = ['疯传', '流传', '热传', '刷屏', '传开', '传播', '转发', '转载', '扩散', '热议', '在传'] as const;

/** A figure that is an operand of the figure after it (`缴费基数3.5%的一半,即1.75%`): not a claim itself. */
export const OPERAND_AFTER = /^\s*的(?:一半|半数|两倍|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)/;

/** Words that deny the figure after them in their clause (`并非每月150元,而是120元`). */
export const DENIALS = ['并非', '并不是', '而不是', '而非'] as const;
/** `不是` denies only at the start of a clause (`不是每月150元`): elsewhere it is `是不是`, `不是所有人`. */
export const DENIAL_AT_START = '不是';

/**
 * What joins an amount to the bracket stated after it (`每月划入85元的是75岁以下的人员`, `85元(75岁以下)`):
 * the age that follows belongs to that amount.
 */
export const AGE_AFTER_AMOUNT = /^\s*(?:左右|上下)?\s*(?:的\s*[,，]?\s*(?:是|为|则是|对象是|人群是|指|属于)|适用于|针对|[((])/;

/** Words that make a percentage something other than a credit rate (`报销比例90%`, `上涨5%`, a `增减(%)` column). */
export const NON_CREDIT_RATE_CUES = [
    '报销', '支付比例', '费率', '上涨', '增长', '提高', '下降', '上调', '利率', '占比', '单位缴', '单位按', '增减', '同比',
    '环比',
] as const;

/** Population cues, checked in this order; the first found wins. */
export const POPULATION_CUES: readonly { population: 'retiree' | 'employee' | 'flexible' | 'resident'; words: readonly string[] }[] = [
    { population: 'retiree', words: ['退休', '离休', '老人', '高龄'] },
    { population: 'flexible', words: ['灵活就业'] },
    { population: 'resident', words: ['城乡居民', '居民医保', '居民医疗保险', '新农合'] },
    { population: 'employee', words: ['在职', '在岗', '月薪', '工资', '缴费基数', '个人缴纳', '个人缴费部分', '职工个人'] },
];

/** What a credit rate is applied to. Both pension words present means the text does not say which. */
export const BASIS_CUES = {
    avgPension: ['人均养老金', '平均养老金', '人均基本养老金', '月人均基本养老金', '人均水平'],
    ownPension: ['本人养老金', '个人养老金', '本人基本养老金', '本人的养老金'],
    contributionBase: ['缴费基数', '个人缴纳', '个人缴费'],
    fixed: ['定额', '固定金额'],
} as const;

/**
 * Words that mark a time limit as one for transferring insurance relations or a balance; `关系转` is the spoken
 * `医保关系转到外地`, `关系转走`.
 */
export const TRANSFER_CUES = [
    '转移', '转出', '转入', '接续', '转接', '关系转',
    // a case closed, however said (`办结`, `办完`, `办妥`, `办理完毕`): the task the page or the question is about
    '办结', '办完', '办好', '办妥', '办理完毕', '完成办理', '搞定', '弄好',
    // the whole of the task, said without naming it: the task the page or the question is about
    // (not `前后`, `用了`: the time one case took is a report, not a limit)
    '全程', '全流程', '整个流程',
] as const;
/** Of those, the words that name the transfer itself (`办结`, `办完` only say a case is closed). */
export const TRANSFER_NAMES = ['转移', '转出', '转入', '接续', '转接', '关系转'] as const;
/**
 * Insurance relations moved, whichever way the verb says it (`关系从外地转回来`, `关系转到新单位`): `关系`, then `转`
 * within its clause, names the transfer as the listed words do. A balance moved alone is not one (`余额转到新卡上`
 * follows a card replaced). `转` before `关系` says it too (`转医保关系的`, `要转关系`).
 */
export const RELATIONS_MOVED = /关系[^,，;；。]{0,8}?转(?![换账发告载达变])|转(?:医保|社保|医疗保险|参保)?关系/;

/**
 * A bare answer to the question a page asks (`我们那边是10个工作日`, `一般要15个工作日`): the limit is the one the
 * title asks about.
 */
export const BARE_ANSWER_BEFORE = /(?:是|要|需要|得|需)\s*$/;
/** The time one case took (`全程用了20天`, `前后花了差不多一个月`, `等了15个工作日`): a report, never a limit. */
export const ELAPSED_BEFORE = /(?:用了|花了|等了|耗了|拖了|历时)[^,，;；。]{0,4}$/;
/**
 * A guide's name for its time-limit field: `时限`, `期限`, or the time a case takes to handle (`承诺办理时间`, `办结时间`).
 */
export const TIME_LIMIT_WORD = String.raw`(?:时限|期限|(?:办理|办结|受理|完成)(?:时间|用时))`;
/**
 * A guide's time-limit field opening the line (`办理时限:手续带全的,全程不超过N个工作日`): whatever conditions stand
 * between, the limit in it is the field's value, as right after the label.
 */
export const TIME_LIMIT_LABEL = new RegExp(String.raw`^\s*[^\s,，;；。:：]{0,6}${TIME_LIMIT_WORD}\s*[:：|｜]`);
/** Other services whose time limits a page may give (`一次性支取…办结时限20个工作日`): no transfer time. */
export const OTHER_SERVICE_TOPICS = [
    '支取', '提取', '取出', '备案', '报销', '挂失', '补办', '补领', '缴费', '参保登记',
    // a balance taken out, as people ask it (`钱怎么取`, `能提现吗`) or by an heir
    '提现', '取现', '取钱', '怎么取', '如何取', '继承',
] as const;

/** Words that mark `满X年` as the contributions needed for lifelong benefits. */
export const CONTRIBUTION_YEARS_CUES = ['缴费年限', '缴费满', '累计缴费', '缴满'] as const;

/**
 * Sentence ends. A passage is quoted sentence by sentence; `;` does not end one, because
 * `70岁以下…100元;70岁及以上…110元` is one statement with two claims. An English sentence ends at its full stop
 * where Chinese follows (a bilingual page prints the two versions of one statement side by side).
 */
export const SENTENCE_END = /(?<=[。!?!?])|(?<=[A-Za-z]\.)(?=\s*[\u4e00-\u9fff])/;

/** Clause separators inside a sentence. */
export const CLAUSE_SEPARATOR = /[,,;;]/;

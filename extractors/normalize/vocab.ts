/**
 * What the normalisation stage rewrites (CLAIMS.md § One statement, one claim: numbers count in every written
 * form; traditional characters read as simplified). Data only: the rules live in the other modules here.
 */

/**
 * Characters OpenCC leaves as one simplified form where mainland pages write another in this domain
 * (`帳戶` → `帐户`, but pages and readers write `账户`, `到账`).
 */
export const VARIANT_FOLDS: Readonly<Record<string, string>> = {
    帐: '账',
    // Cantonese function words, read as their Mandarin ones (`喺台山` is `在台山`, `七十歲以下嘅` is `…的`), so the
    // readers' cues for place, ages and statements hold in a Cantonese post as well
    喺: '在', 嘅: '的', 唔: '不', 咗: '了', 嚟: '来', 啲: '些', 佢: '他', 哋: '们', 冇: '没',
};

/** Formal (banker's) numerals, read as their everyday forms. */
export const FORMAL_NUMERALS: Readonly<Record<string, string>> = {
    壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千',
};

/** Characters a Chinese numeral is written with (`两千四百`, `三点五`, `一万零八`, `壹佰`). */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万点壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * What may follow a Chinese numeral for it to be a figure: money, ages, rates (`两个百分点`), time limits in days,
 * weeks and months, years of contribution (`年` only after `满`: `一年` is a period, not a count). Elsewhere
 * numerals are words (`统一`, `四川`, `万一`).
 */
export const NUMERAL_UNITS = [
    '元', '块', '周岁', '岁', '%', '个百分点', '百分点', '个工作日', '工作日', '个自然日', '自然日', '天', '日内', '日以内',
    '个月', '个星期', '星期', '个礼拜', '礼拜', '周', '年', '蚊', '旬', '个点',
] as const;

/** Percentage points said short (`两个点`, `二个点`): a share in percent, written `2%`. */
export const SPOKEN_POINTS = '个点';

/** Cantonese yuan (`八十五蚊`): read as 块 is, one more colloquial word for 元. */
export const CANTONESE_YUAN = '蚊';

/** A decade of life (`七旬以上`, `年过八旬`): the numeral before it counts tens of years. */
export const DECADE_OF_AGE = '旬';

/**
 * Before a number said with no unit at all, what makes it an amount of money (`一个月九十一,`, `每月打进来八十九。`,
 * `八十往上的一百二十,`): a period, a verb crediting money, a word summing money (`一共一百一十`), or an age bracket
 * closed by `的` (maybe with a verb giving the money after it: `八十往上的给一百一`), right before it.
 * The number must also close its clause (see SPOKEN_AMOUNT_AFTER): `每月二十号` is a date, `一年一千多` vague.
 */
export const SPOKEN_AMOUNT_BEFORE = new RegExp(
    '(?:' +
        // a period, then where the money lands, hedges or a crediting verb: `一个月`, `每年都是`, `每月大概打`,
        // `每个月能返`, `每个月卡里进`, `每月医保卡里有`
        '(?:每|一)个?(?:月|年)的?(?:医保卡|个人账户|医保账户|个账|账户|卡|医保)?(?:里|上|中)?' +
        '(?:大概|大约|差不多|约|都|就|能|会|也|是|有|给|还|才|只)*(?:打进来|划进来|打进|划进|打到|到账|进账|划入|打入|返还|返|划|打|入|进|发)?|' +
        // a crediting verb said alone: `打进来八十九`, `返一百`
        '(?:打进来|划进来|到账|进账|返还|划入|打入)|' +
        // the sum of a base and a top-up said before it: `再加十块,一共九十九`
        '(?:一共|总共|合计|共计|加起来)(?:是|就是|有)?|' +
        // an age bracket closed by 的, maybe with a verb giving the money: `七十往上的`, `七十岁以下的`, `七十往上的给`
        '(?:岁|以下|以上|以内|往上|向上|朝上|开外|往后|以后|之后|之前|以前|不到|不满)的(?:都是|就是|是|给|返|打|发)?|' +
        // a bracket whose age says its 岁, or whose direction cannot be money, needs no 的: `七十岁后`, `七十往上`
        // or a spoken age of tens bounded right before it: `六十以下七十五,` (see SPOKEN_AGE_ABOVE in numerals.ts)
        '(?:岁(?:以下|以上|以内|往上|往下|向上|朝上|开外|往后|以后|之后|之前|以前|前|后)|[六七八九]十五?(?:以下|以上)|往上|往下|向上|朝上|开外)' +
        '(?:都是|就是|是|给|返|打|发)?' +
        ')$',
);
/**
 * What may follow a spoken amount: the end of its clause, maybe after a hedge, the money coming in or a particle
 * (`九十五左右`, `打九十五进来`, `一百吧`); `二十号到账` is a date.
 */
export const SPOKEN_AMOUNT_AFTER = /^(?:左右|上下|进来|吧|啊|呀|哦|嘛)?(?:[,，。;；!！、]|$)/;
/** The first characters of those tails, for the pre-test that decides whether a text needs numerals read at all. */
export const SPOKEN_AMOUNT_TAIL_STARTS = '左上进吧啊呀哦嘛';

/** What may follow a spoken age with its 岁 left out (`不到七十的`, `满八十了`, `七十往上`, `七十以上的`, `未满八十,`). */
export const SPOKEN_AGE_ENDS = '的了往朝以,，、;；';

/** Joins the two ends of a range of numerals (`六十至七十岁`). */
export const NUMERAL_RANGE_JOINS = ['至', '到', '~', '-', '—', '或', '、'] as const;

/** Words before a numeral that make it vague or an ordinal (`几十元`, `数百元`, `第一`): not a figure. */
export const NOT_A_FIGURE_BEFORE = '几数多余好第';

/** A bare `一` before these is no amount (`这一块`, `一年`): a single `一` counts only before the other units. */
export const SINGLE_ONE_NOT_BEFORE = ['块', '年', '天', '个月'] as const;

/**
 * A percentage written out: `百分之三点五`, `百分之3`, and said with its 之 dropped (`百分二`, `百分三点五`), where a
 * numeral must follow at once (`百分点`, `百分比`, `百分百` are other words).
 */
export const PERCENT_WORDS = '百分';

/** The currency sign before an amount (`¥100`; the full-width `￥` is folded to it first). */
export const CURRENCY_SIGN = '¥';

/**
 * Colloquial yuan after a number: `100块`, `两百块钱`, Cantonese `85蚊`, and `76块8`, `76块8毛` (76.8 元: the
 * digit after 块 counts tenths).
 * `块儿`, `块头` are other words.
 */
export const COLLOQUIAL_YUAN = /(?<=\d)\s*[块蚊](?:钱|([一二三四五六七八九1-9])(?:毛|角)?(?![\d.零〇一二两三四五六七八九十百千万块元]))?(?![儿头])/g;

/** The tenth after `块`, as a digit. */
export const TENTHS: Readonly<Record<string, string>> = {
    一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

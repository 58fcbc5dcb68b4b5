/**
 * Words and shapes the attribution rules read (CLAIMS.md § Regions). Data only: the rules live in attribution.ts.
 */

/**
 * Leading list markers before a label: `①`, `1.`, `1、`, `(1)`, `【1】`, and any run of bullet signs — the whole
 * family of symbols a writer may bullet with (`•`, `◎`, `○`, `◇`, `★`, `※`, `→`, `▶`, `-`, a pictograph `📍`); a cell
 * bar or a comparison sign is none.
 */
export const LIST_MARKER = /^\s*(?:[①-⑳]|\d{1,2}\s*[.、．)]|[((【[]\s*\d{1,2}\s*[))】\]]|(?:(?![|｜<>=＝])[\p{So}\p{Sm}•·※§#\-*~～]\uFE0F?\s*){1,3})?\s*/u;

/** Heading ordinals before a place (`三、`, `2.`, `(二)`, `【1】`). */
export const HEADING_MARKER = /^\s*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[.、．]|[((【]\s*[一二三四五六七八九十\d]+\s*[))】])?\s*/;

/**
 * Brackets a label line may wrap its place in, the whole family of CJK and ASCII ones: `【青岛】`, `[青岛]`, `〔青岛〕`,
 * `《青岛》`, `〖青岛〗`, `『青岛』`, `〘青岛〙`.
 */
export const LABEL_BRACKETS = /^[【\[〔［《「『〖〘〚<＜]\s*([^【】\[\]〔〕［］《》「」『』〖〗〘〙〚〛<>＜＞]{2,12}?)\s*[】\]〕］》」』〗〙〛>＞]\s*[::]?$/;

/** Words that may follow the place on a label line or place-only heading (`三、上海市标准`, `苏州地区:`). */
export const PLACE_TAIL = /^(?:地区|篇|的?标准|的?规定|的?政策|的?情况|退休人员)?\s*[::]?$/;

/** `以琼海为例`. */
export const EXAMPLE_OF = /以(.{2,12}?)为例/;

/**
 * A dateline opening a news article: an outlet, optionally a place and a date, then 电 or 讯 (`本报合肥3月2日讯`,
 * `新华社北京电`, `某某日报讯`). The place in it is where the reporter filed from, not what the claims are about.
 */
const OUTLET = String.raw`(?:本报|本刊|本台|新华社|中新社|中新网|人民网|新华网|央广网|央视网|光明网|[\u4e00-\u9fff]{2,6}(?:日报|晚报|早报|都市报|新闻网|电视台|广播电视台|融媒体中心))`;
export const DATELINE = new RegExp(
    String.raw`^[((【]?${OUTLET}(?:记者)?[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯)(?:[((][^))]{0,20}[))])?[)）】]?`,
);

/**
 * The place the page is about, referred to without its name: `我市`, `本市`, `全市`, `我省`, `全省`, `本省`, an
 * autonomous prefecture's `我州`/`全州` (not the county `全州县`), a county's or banner's `我县`/`全县`/`本旗`, the replying bureau's `我局`/`本局`, and
 * the page's own bureau, service centre or government hall as `市医疗保障局`/`省医保局`/`州医保局`/`县医保中心`/`县政务服务中心` (an
 * autonomous region's `自治区医保局`) with no place before it, alone or after a word citing or going to it
 * (`依照市医保局的口径`, `到县医保中心办理`; a place name ending so is rare) (`我区`/`全区` only on a
 * district's page, see {@link DISTRICT_REFERENCE}), and a forum answer's `我们这边`/`咱们当地` under a
 * question naming one place (`那边` is somewhere else), and `当地`/`本地` opening a clause about the insured
 * (`当地退休人员…`; `某地本地人` is that place's own).
 */
export const LOCAL_REFERENCE =
    /[我本全](?:市|省|州(?!县)|县(?![级城域])|旗(?![下帜舰]))(?![场民长委])|[我本]局(?![部面势限])|(?:(?<![\u4e00-\u9fff])|(?<=按照|依照|参照|根据|[按据经由向到去往在从]))(?:[市省州县]|自治区)(?=医疗保障局|医保局|人社局|人力资源和社会保障|医保(?:服务|事务|经办)?中心|医疗保障(?:服务|事务)中心|政务服务中心)|(?:我们|咱们|咱)(?:这边|这里|这儿|当地|本地)|(?<![\u4e00-\u9fff])(?:当地|本地)(?=的?(?:退休|在职|职工|参保|医保))/g;

/**
 * `我区`, `本区`, `全区`: the page's place when that place is itself a 区 (a district of a city, named with its suffix
 * in the title); elsewhere `区` is as often one district of the page's city.
 */
export const DISTRICT_REFERENCE = /[我本全]区(?![域间别分划])/g;

/**
 * Bodies that issue, run or propose policy, right after a place name (`河北省医保局`, `苏州市人社局`, `某市经办机构`):
 * a page quoting its issuer is about the issuer's place.
 */
const ISSUERS =
    '医疗保障局|医保局|(?:医疗保障|医保|社会保险|社保|医疗保险)(?:事业|事务)?(?:服务|管理|经办|结算)?中心|医保经办机构|经办机构|人力资源和社会保障局|人社局|社保局|人民政府|政府|医保部门';
/** A numbered assembly (`政协某市第五届委员会`, `某市第三届人大常委会`), whose proposals and motions are its place's. */
const ASSEMBLY = '第[一二三四五六七八九十\\d]+届(?:委员会|人大常委会|人民代表大会)';
export const ISSUER_AFTER_PLACE = new RegExp(`^(?:的)?(?:${ISSUERS}|${ASSEMBLY})`);
/** Any issuer named: a cheap test before looking for the place in front of it. */
export const ISSUER_WORD = new RegExp(`${ISSUERS}|${ASSEMBLY}`);

/**
 * What may follow a place in a sentence that states the page's subject (`苏州市的退休人员…`, `苏州参保职工…`,
 * `本文说的是苏州的情况`, `某市这边退休职工…`, `某县2027年度职工医保…`, `某省自2026年起实施职工医保…`,
 * `某市不满75周岁的退休人员…`, `某县明年退休职工…`): the insured (maybe after their age bracket), their accounts, or the
 * place's rules as a whole, maybe after the year they start in, by number or as `今年`/`明年`. A place followed by
 * anything else (`北京和上海…`, `北京时间`) states no subject.
 */
export const SUBJECT_AFTER_PLACE =
    /^(?:的|这边[的,，]?|这里[的,，]?)?(?:(?:自|从)?(?:\d{4}年度?|今年|明年|本年度?)(?:\d{1,2}月(?:份|\d{1,2}日)?)?(?:起|开始|以来)?[,，]?(?:实施|执行|推行|开展)?)?(?:(?:未满|不满|年满|满)?[\d一二三四五六七八九十]+周?岁(?:以下|以上|及以上)?的?)?(?:退休|离休|在职|职工|参保|医保|城乡居民|居民医保|灵活就业|个人账户|个账|基本医疗|医疗保险|情况|标准|政策|规定|做法)/;

/**
 * A clause of purpose before a subject sentence (`为进一步做好…工作,`). Clauses citing a rule (`根据…`, `按照…`) are
 * left out: the place after them is often the one whose rule is applied, not the page's.
 */
export const SUBJECT_LEAD_CLAUSE = /^为[^,，。;；:：\d]{2,24}[,，]/;

/**
 * A time opening a subject sentence (`从2027年1月起,`, `2026年7月1日开始,`, `自今年起`): when the rule applies, not a
 * figure, so the place after it still opens the sentence.
 */
export const SUBJECT_TIME_LEAD = /^(?:自|从|截至|截止)?\s*(?:\d{4}\s*年度?|今年|明年|本年度?)(?:\s*\d{1,2}\s*月(?:份|\s*\d{1,2}\s*日)?)?\s*(?:起|开始|以来)?[,，]\s*/;

/** Longest lead before the place in a subject sentence (`近日,`, `记者从`, `在`). */
export const MAX_SUBJECT_LEAD = 6;

/**
 * Words that make a sentence general: it speaks of the country or of places in general, or gives a rule the state
 * sets (`按照国家规定,…不超过15个工作日`), not one of the page's place.
 */
export const GENERAL_STATEMENT =
    /全国|各地|各省|各市|(?:多数|大部分|大多数)(?:地区|地方)|一般来说|一般而言|通常情况|不同地区|有的地区|部分地区|国家规定|国家统一|国家医保局/;

/**
 * Words by which a sentence speaks of many places at once (`大部分地方…`, `全国普遍…`): under a place's label or
 * heading such a sentence still names none of them.
 */
export const MANY_PLACES = /全国|各地|各省|各市|(?:多数|大部分|大多数|很多|不少|许多)(?:地区|地方|城市)/;

/**
 * A clause that gives a figure as the state's rule (`比国家规定的20个工作日缩短一半`, `按国家统一规定,…`), or as the
 * statutory limit beside a place's promised one (`承诺时限:5个工作日(法定时限:15个工作日)`).
 */
export const STATE_RULE = /国家(?:统一)?(?:规定|标准|要求)|法定(?:时限|期限)/;

/** `单位:元/月` over a table, in a caption or the line before it (also `(单位:%)`, `单位为元`). */
export const CAPTION_UNIT = /单位\s*[::为]\s*([^))\s,,;;。]{1,8})/;

/**
 * A document's distribution list (`抄送:某市医保局`, `报送:…`, `主送:…`): it names who receives the document, not a place
 * the document is about; it runs to the end of its sentence.
 */
export const DISTRIBUTION_LIST = /(?:抄送|抄报|报送|主送|分送|呈送|印送)\s*[:：][^。]*/g;

/** Data tables for region matching, kept apart from the matcher (STYLE.md habit 7). */

/**
 * Informal names writers use for a province, mapped to its official name.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
    内蒙: '内蒙古自治区',
};

/**
 * Prefecture short names that are also ordinary words or brands (`大同小异`, `阿里健康`, `未开封`, `长治久安`,
 * `大理石`, `玉树临风`, `普洱茶`, `三明治`): these match only with their suffix (`大同市`).
 */
export const HOMOGRAPH_SHORT_NAMES: ReadonlySet<string> = new Set([
    '大同', '阿里', '开封', '长治', '安康', '来宾', '白银', '普洱', '四平', '大理', '玉树', '三明',
]);

/**
 * Words that, right after a homograph short name, show it names a place (`X这边`, `X当地`), or a place as the
 * subject of a policy sentence (`X则按比例划入`, `X退休人员`, `X参保职工`), or as the seat of its offices (`X医疗保障局`,
 * `X人民政府`): the bare name matches there although
 * it needs its suffix elsewhere.
 */
export const LOCALITY_WORDS = [
    '这边', '那边', '这里', '那里', '这儿', '当地', '本地', '地区', '一带', '那儿',
    '则', '退休', '在职', '职工', '参保', '医保', '市民',
    '医疗保障', '社保', '人社', '人力资源', '人民政府', '政府',
] as const;

/**
 * Before a bare name, words that make it the subject of a ranking (`第三名某地`, `排在第五位的某地`, `紧随其后的是某地`)
 * or of a scene-setting clause (`在某地,…`, checked with {@link PLACE_SLOT_AFTER_ZAI}): what fills such a slot is a
 * place, whatever else its name may mean.
 */
export const PLACE_SLOT_BEFORE =
    /(?:(?:(?:排|排在|排名|位列|位居|名列)第[一二三四五六七八九十\d]{1,3}(?:名|位)?|第[一二三四五六七八九十\d]{1,3}(?:名|位))的?(?:是|为)?|(?:紧随其后|其次|再次|随后|接下来|然后|榜首|首位|末位|倒数第一)的?(?:是|为))$/;

/**
 * Right before a name, a form field asking for a place (`参保地某县`, `就医城市:某市`, `所在地区选某县`): what fills
 * it is a place, whatever else its bare name may mean.
 */
export const PLACE_FIELD_BEFORE = /(?:参保|就医|居住|所在|户籍|统筹)(?:地区?|城市|省份?)(?:选择?|选为|为|是)?\s*[:：]?\s*$/;

/**
 * `在` as a preposition right before a name (not the tail of `现在`, `正在`, `存在`, `所在`, `实在`), or words that turn
 * to a topic (`具体到某地,`, `至于某地,`, `说到某地,`): the clause they open sets the place what follows is about.
 */
export const PLACE_SLOT_ZAI = /(?:(?<![现正存所实自好内外])在|具体到|落实到|至于|说到|谈到|讲到)$/;
/** After `在某地` (or `具体到某地`): a clause break, so the name is the whole place the clause sets (`在某地,退休人员…`). */
export const PLACE_SLOT_AFTER_ZAI = /^\s*[,，:：]/;

/**
 * Before a bare name, the start of a line or table cell (after a list marker: `1. `, `▶ `); {@link LABEL_OR_CELL_END}
 * after it: the name is a label (`某地:每月…`, or set off by a space as Chinese prose never is: `某地　每月…`) or a
 * whole cell (`某地 | 140`), which names nothing but a place.
 */
export const LABEL_OR_CELL_START = /(?:^|[|｜\t])\s*(?:[①-⑳]|\d{1,2}\s*[.、．)]|[•·●◆■▪▶►▸\-*]|\p{Extended_Pictographic}\uFE0F?)?\s*$/u;
/** A pictograph opening a line (`📍`, `👉`): what follows it is the line's label, even run into its text (`📍某地95元…`). */
export const PICTOGRAPH_LABEL_START = /(?:^|[|｜\t])\s*\p{Extended_Pictographic}\uFE0F?\s*$/u;
export const LABEL_OR_CELL_END = /^(?:\s*[:：|｜\t]|\s+\S|\s*$)/;

/** Right before a place, a word of going there (`到`, `去`, `赴`, `前往`). */
export const GOING_TO_BEFORE = /(?:到|去|赴|前往|来)$/;
/** Right after a place gone to, a stay there (`过冬`, `旅居`, `养老`, `长住`, `就医`): a destination, not one's own place. */
export const STAY_AFTER = /^(?:市|省)?(?:过冬|避寒|避暑|旅居|居住|长住|养老|生活|探亲|度假|看病|就医)/;
/** Right before a town's name, a speaker claiming it as theirs (`我们某市`, `咱们某市`, `咱某市`, `俺们某县`). */
export const SPEAKERS_OWN_BEFORE = /(?:我们|咱们|俺们|咱|俺)$/;
/**
 * Right before a town's name, a speaker placing themselves there (`我这边某市`, `我们这里某县`, `我老家某市`, forum
 * shorthand `坐标某市`), and {@link SPEAKER_PLACED_AFTER} after it: the name ends the speaker's clause or opens what
 * they say of it (`我这边某市,…`, `我们这里某县的…`); `我们这里平安无事` names no place. `我在`, `我是` are left to the place
 * slot of `在某地,` (`我在某某银行查的` names a bank).
 */
export const SPEAKER_PLACED_BEFORE = /(?:我|咱|俺)们?(?:这边|这里|这儿|那边|那里|老家)$|坐标$/;
export const SPEAKER_PLACED_AFTER = /^(?:\s*[,，:：;；]|的|是|这边|这里)/;
/** After a bare name, words that rank it (`某地排第四`, `某地第六,`, `某地垫底`, `某地紧随其后`). */
export const PLACE_SLOT_AFTER =
    /^(?:(?:排|排在|排名|位列|位居|名列|居)(?:第|榜首|首位|末位|倒数)|第[一二三四五六七八九十\d]{1,3}(?:名|位)?[,，。;；、]|垫底|居首|领跑|夺冠|殿后|次之|紧随其后)/;

/**
 * After a bare name (and maybe a year or `的`), the insured, the accounts or the rules of a place (`某地的退休人员`,
 * `某地2025年标准`, `某地个人账户`, `某地转移接续`, also after a word of time: `某地目前退休的`), or the place picked up again (`某地,当地…`): like a locality word, it needs the name to be a word of its text
 * (`一个旧的…` is no place).
 */
export const PLACE_POLICY_AFTER =
    /^(?:(?:现在|目前|如今|眼下|现行|今年)?(?:自?\d{4}年度?起?)?(?:(?:未满|不满|年满|满)?\d{2,3}周?岁(?:以下|以上|及以上)?)?的?(?:退休|在职|职工|参保|灵活就业|城乡居民|居民医保|标准|政策|规定|做法|情况|个人账户|医疗保险|医保关系|转移|关系转|按照?|实行|执行)|[,，]\s*(?:当地|本地|这里|这边))/;

/**
 * Characters that, right after a county-level name ending in 区/市/县, show the suffix is really the start of
 * a word (`海南区域`, `…市场`): the match is dropped and shorter candidates are tried.
 */
export const SUFFIX_WORD_CONTINUATIONS: Readonly<Record<string, string>> = {
    区: '域别分间块',
    市: '场值',
    县: '级',
};

/**
 * Full names of divisions that are not places a reader would name (development zones, administrative
 * committees, sea areas); they are left out of the matcher.
 */
export const NON_PLACE_MARKERS = ['开发区', '产业', '管理区', '管委会', '群岛', '委员会', '新城'] as const;

/** Placeholder "cities" in the division data that stand for a province's directly administered units. */
export const PLACEHOLDER_CITY_NAMES: ReadonlySet<string> = new Set([
    '市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划',
]);

/** Placeholders whose counties are administered directly by the province, like prefectures (`琼海`, `仙桃`). */
export const DIRECT_COUNTY_PLACEHOLDERS: ReadonlySet<string> = new Set(['省直辖县级行政区划', '自治区直辖县级行政区划']);

/**
 * Turning official division names (`广西壮族自治区`, `延边朝鲜族自治州`, `琼海市`) into the short canonical
 * names CLAIMS.md uses (`广西`, `延边`, `琼海`).
 */

/** Ethnic group names as they appear inside autonomous-area names; longest first so `蒙古` beats `蒙`. */
const ETHNIC_GROUPS = [
    '柯尔克孜', '乌孜别克', '维吾尔', '哈萨克', '达斡尔', '塔吉克', '鄂温克', '鄂伦春', '俄罗斯', '塔塔尔',
    '蒙古', '布依', '朝鲜', '土家', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉',
    '毛南', '仡佬', '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺',
    '高山', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '羌', '土',
    '怒', '京',
].sort((a, b) => b.length - a.length);

/** Administrative suffixes, longest first; stripping one leaves the short name. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '新区', '林区', '省', '市', '盟', '区', '县', '旗'];

/** Suffixes that mark an autonomous area, whose name then carries ethnic group names to drop. */
const AUTONOMOUS_SUFFIXES = new Set(['自治区', '自治州', '自治县', '自治旗']);

/** A short name shorter than this is too ambiguous to stand alone (`城区` → `城`, `和县` → `和`). */
export const MIN_SHORT_LENGTH = 2;

/**
 * The canonical short name of an official division name, or the name itself when stripping would leave
 * fewer than {@link MIN_SHORT_LENGTH} characters.
 */
export function shortName(full: string): string {
    const suffix = SUFFIXES.find((s) => full.endsWith(s) && full.length - s.length >= MIN_SHORT_LENGTH);
    if (!suffix) return full;
    let short = full.slice(0, -suffix.length);
    if (AUTONOMOUS_SUFFIXES.has(suffix)) short = stripEthnicNames(short);
    return short;
}

/** `黔东南苗族侗族` → `黔东南`: drop trailing ethnic names (with or without 族) while ≥2 chars remain. */
function stripEthnicNames(name: string): string {
    let current = name;
    for (;;) {
        const withoutZu = current.endsWith('族') ? current.slice(0, -1) : current;
        const group = ETHNIC_GROUPS.find(
            (g) => withoutZu.endsWith(g) && withoutZu.length - g.length >= MIN_SHORT_LENGTH,
        );
        if (!group) return current;
        current = withoutZu.slice(0, -group.length);
    }
}

/**
 * Age brackets (CLAIMS.md § Ages): `X岁及以上`, `X岁以上`, `年满X岁` → ageMin X; `不满X岁`, `未满X岁`, `低于X岁` →
 * ageMax X-1; `X岁及以下` → ageMax X; `X岁以下` → ageMax X, or X-1 when the page also has a bracket starting at X;
 * `X至Y岁`, `X—Y岁` → [X, Y]; `满X未满Y岁` → [X, Y-1]; spoken `满X了`, `满了X岁`, `年满X再…`, `X岁往上`, `X岁起`,
 * `X岁以后`, `X岁后`, `X往上` → ageMin X, `X岁不到`, `X岁以前`, `X岁前`, `不到X的` → ageMax X-1; `X周岁以内` → ageMax X;
 * `超过X周岁` → ageMin X+1. Every loosely stated upper bound yields to the adjoining bracket's start (resolveAge). A note after a bracket naming one of its bounds (`X周岁以内(不含X周岁)`, `X岁以下(含X岁)`)
 * decides whether that bound is in.
 */

export interface AgeMention {
    ageMin: number | null;
    ageMax: number | null;
    /**
     * The age X of an upper bound stated loosely (`X岁以下`, `X周岁以内`, `X岁以前`, `不到X岁`): whether X itself is in
     * depends on where the adjoining bracket starts (see {@link resolveAge}).
     */
    looseEnd: number | null;
    start: number;
    end: number;
}

const AGE = String.raw`(\d{2,3})\s*(?:周岁|岁)`;
/** What joins the two ends of a bracket (`70至79岁`, `70-79岁`, and the dashes tables print: `70—79周岁`). */
const AGE_RANGE_JOINS = '至|到|-|~|～|－|—{1,2}|–';
/**
 * A note right after an age keeping it in, bracketed or not: `(含)`, `(包括)`, `(含本数)`, `(含70岁)`, `含本数`, a bare
 * `含` before `以上`/`以下` (`70岁含以上`). Text
 * reaches the readers with full-width brackets made ASCII.
 */
const INCLUDED = String.raw`\s*(?:[(（](?:含|包含|包括)(?:本数|本级|\d{2,3}(?:周岁|岁)?)?[)）]|含本数|含(?=以[上下]|及以[上下]))?\s*`;
/** The same note, required. */
const INCLUDED_NOTE = String.raw`\s*(?:[(（](?:含|包含|包括)(?:本数|本级|\d{2,3}(?:周岁|岁)?)?[)）]|含本数|含(?=以[上下]|往[上下]))\s*`;
/** `(不含)` after an age: the bound itself is left out (`70岁(不含)以下` ends at 69, `(不含)以上` starts at 71). */
const EXCLUDED = String.raw`\s*[(（]不含[)）]\s*`;

/**
 * A note right after a bracket saying whether the age it names is in (`(不含75周岁)`, `（包括80岁）`): the note,
 * not the bracket's own words, decides that bound.
 */
const BOUND_NOTE = /^\s*[(（]\s*(不含|不包括|不包含|含|包括|包含)\s*(\d{2,3})\s*(?:周岁|岁)?\s*[)）]/;

/**
 * Words before an age, by the comparison they make — in words, negated reaching, or as a sign: below it (`不满70岁`,
 * `没过70岁生日`, `<70岁`), at most it (`不超过70岁`, `小于等于70岁`), at least it (`年满70岁`, `大于等于70岁`, `已到70岁`),
 * past it (`超过75周岁` starts at 76). Longer words first, so `大于等于` is not read as `大于`.
 */
const BELOW_WORDS = [
    '不满', '未满', '没满', '低于', '不到', '还没到', '没到', '未到', '未达到', '没达到', '没有达到', '尚未达到', '没过', '未过',
    '不足', '不够', '没够', '小于', '<', '＜',
] as const;
const AT_MOST_WORDS = ['小于等于', '小于或等于', '不大于', '不超过', '不高于', '≤', '<=', '＜='] as const;
const REACHED_WORDS = [
    '年满', '满了', '满', '年龄达到', '年龄满', '达到', '已达到', '到了', '已到', '过了', '已过', '够了', '已够', '够', '大于等于', '大于或等于',
    '不小于', '不低于', '不少于', '≥', '>=', '＞=',
] as const;
const BEYOND_WORDS = ['超过', '超出', '大于', '高于', '>', '＞'] as const;
/**
 * Bounds said after an age, by direction: `70岁不到的`, `70岁以前`, `70岁之前` end below it (the time before
 * turning 70); `70岁往上的`, `70岁起`, `70岁以后` start at it. Either may follow `(含)`.
 */
const BELOW_AFTER = '不到|不满|不足|以前|之前|前';
/** Also the signs a terse list or a note writes after the age of its last bracket (`80岁+`, `70↑`). */
const ABOVE_AFTER = '往上|朝上|向上|之上|开外|以后|之后|往后|过后|后|起|\\+|↑';
/** Bounds said after an age that keep it in (`75周岁以内` ends at 75). */
const WITHIN_AFTER = '以内|之内';
/** Of those, the ones that make a bare number an age (`70往上`); `80后`, `90起` are no brackets. */
const ABOVE_AFTER_BARE = '往上|朝上|向上|开外|↑|以上(?=的|每个?[月年][^,;。]{0,3}?\\d)';
/** Shorthand for a loose upper bound, with or without 岁 (`70↓`, a note-taker's `以下`). */
const BELOW_ARROW = '↓';
/**
 * A bare number bounded below, said of people (`70以下的`, `70往下的`) or right before a period's amount (`70以下每月…`):
 * `70以下` alone may be money.
 */
const BELOW_AFTER_BARE = '(?:以下|往下|朝下|向下)(?=的|每个?[月年][^,;。]{0,3}?\\d)';
/** An age said with no 岁 at all: only the ages brackets start or end at (60 to 100). */
const SPOKEN_AGE = String.raw`[6-9]\d|100`;
/**
 * What joins an age to the bound that keeps it in (`75岁及以后`, `75岁以及以上`, `75岁和75岁以上`, `74岁或之前`): the
 * connective, the age said again or not. AGE's own group is the age repeated (`\\1`), so `70岁和80岁以上` joins nothing.
 */
const AND_SAME_AGE = String.raw`\s*(?:以及|及其|及|或者|或|和|与)\s*(?:\1\s*(?:周岁|岁)\s*)?`;
/**
 * Between the two ends of a bracket given by its bounds (`满60未满65周岁`, `70周岁以上、不满80周岁`); the lower end's
 * direction may be said in words or spoken (`60周岁(含)往上、不满65周岁`).
 */
const BOUND_JOIN = String.raw`\s*(?:以上|往上|朝上|向上|之上)?\s*(?:[、,，]\s*)?(?:且|但)?\s*`;

interface AgePattern {
    re: RegExp;
    read: (m: RegExpExecArray) => Pick<AgeMention, 'ageMin' | 'ageMax' | 'looseEnd'>;
}

/**
 * After an age said without 岁 (`年满80再加码`), anything but a digit or a unit: `满80元`, `满15年` are no ages.
 */
const NOT_A_QUANTITY = String.raw`(?![\d.%％元块个年月日天周岁分万千百])`;

/** Tried in order at each position; more specific forms first. */
const AGE_PATTERNS: readonly AgePattern[] = [
    {
        // a bracket given by both bounds: `满70未满80周岁`, `年满70周岁、不满80周岁`, `70周岁(含)以上不足80周岁` → [70, 79]
        re: new RegExp(
            String.raw`(?:(?:${REACHED_WORDS.join('|')})\s*)?(\d{2,3})\s*(?:周岁|岁)?${INCLUDED}${BOUND_JOIN}(?:${BELOW_WORDS.join('|')})\s*${AGE}`,
            'y',
        ),
        read: (m) => ({ ageMin: Number(m[1]), ageMax: Number(m[2]) - 1, looseEnd: null }),
    },
    {
        // `70至79岁`, `70岁(含)至79岁`; a range whose top is itself a loose bound (`60岁到65岁以下`) leaves its end
        // to the adjoining bracket, as a lone `X岁以下` does
        re: new RegExp(String.raw`(\d{2,3})\s*(?:周岁|岁)?${INCLUDED}(?:${AGE_RANGE_JOINS})\s*${AGE}(\s*以下)?`, 'y'),
        read: (m) => ({ ageMin: Number(m[1]), ageMax: Number(m[2]), looseEnd: m[3] ? Number(m[2]) : null }),
    },
    {
        re: new RegExp(String.raw`(?:${BELOW_WORDS.join('|')})\s*${AGE}`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]) - 1, looseEnd: Number(m[1]) }),
    },
    {
        re: new RegExp(String.raw`(?:${AT_MOST_WORDS.join('|')})\s*${AGE}`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]), looseEnd: null }),
    },
    {
        // the time before reaching an age ends below it: `年满70周岁前`, `满70岁之前`
        re: new RegExp(String.raw`(?:${REACHED_WORDS.join('|')})\s*${AGE}\s*(?:以前|之前|前)`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]) - 1, looseEnd: Number(m[1]) }),
    },
    {
        re: new RegExp(String.raw`(?:${REACHED_WORDS.join('|')})\s*${AGE}`, 'y'),
        read: (m) => ({ ageMin: Number(m[1]), ageMax: null, looseEnd: null }),
    },
    {
        // spoken: `不到70的`, `未满80,` (岁 left out: only the ages brackets use)
        re: new RegExp(String.raw`(?:${BELOW_WORDS.join('|')})\s*(${SPOKEN_AGE})(?=[的,，、;；])`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]) - 1, looseEnd: Number(m[1]) }),
    },
    {
        // spoken: `老伴满75了`, `年满80再加码` (the age reached, 岁 left out)
        re: new RegExp(String.raw`(?:${REACHED_WORDS.join('|')})\s*(${SPOKEN_AGE})${NOT_A_QUANTITY}`, 'y'),
        read: (m) => ({ ageMin: Number(m[1]), ageMax: null, looseEnd: null }),
    },
    {
        // the age joined to the time before it is in: `74岁及以前`, `74周岁和74周岁之前` end at 74
        re: new RegExp(String.raw`${AGE}${INCLUDED}${AND_SAME_AGE}(?:以前|之前)`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]), looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`${AGE}${INCLUDED}(?:${BELOW_AFTER})`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]) - 1, looseEnd: Number(m[1]) }),
    },
    {
        re: new RegExp(String.raw`(?:(\d{2,3})\s*(?:周岁|岁)${INCLUDED}(?:${AND_SAME_AGE})?(?:${ABOVE_AFTER})|(${SPOKEN_AGE})${INCLUDED}(?:及|以及|或|和)?(?:${ABOVE_AFTER_BARE}))`, 'y'),
        read: (m) => ({ ageMin: Number(m[1] ?? m[2]), ageMax: null, looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`(?:${BEYOND_WORDS.join('|')})\s*${AGE}`, 'y'),
        read: (m) => ({ ageMin: Number(m[1]) + 1, ageMax: null, looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`${AGE}${INCLUDED}(?:及|和)?(?:${WITHIN_AFTER})`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]), looseEnd: Number(m[1]) }),
    },
    {
        re: new RegExp(String.raw`(?:(\d{2,3})\s*(?:周岁|岁)|(${SPOKEN_AGE}))\s*${BELOW_ARROW}`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1] ?? m[2]), looseEnd: Number(m[1] ?? m[2]) }),
    },
    {
        // a bare age kept in by a note (`70(含)以下的`, `70含本数往下的`): the bound is firm
        re: new RegExp(String.raw`(${SPOKEN_AGE})${INCLUDED_NOTE}(?:及|以及|和)?(?:${BELOW_AFTER_BARE})`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]), looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`(${SPOKEN_AGE})\s*(?:${BELOW_AFTER_BARE})`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]), looseEnd: Number(m[1]) }),
    },
    {
        re: new RegExp(String.raw`${AGE}${EXCLUDED}以下`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]) - 1, looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`${AGE}${EXCLUDED}以上`, 'y'),
        read: (m) => ({ ageMin: Number(m[1]) + 1, ageMax: null, looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`${AGE}${INCLUDED}${AND_SAME_AGE}以上`, 'y'),
        read: (m) => ({ ageMin: Number(m[1]), ageMax: null, looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`${AGE}${INCLUDED}以上`, 'y'),
        read: (m) => ({ ageMin: Number(m[1]), ageMax: null, looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`${AGE}${INCLUDED}${AND_SAME_AGE}以下`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]), looseEnd: null }),
    },
    {
        // kept in by a note (`70岁(含)以下`, `70岁含本数往下`): the bound is firm
        re: new RegExp(String.raw`${AGE}${INCLUDED_NOTE}(?:以下|往下|朝下|向下)`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]), looseEnd: null }),
    },
    {
        re: new RegExp(String.raw`${AGE}\s*(?:以下|往下|朝下|向下|之下)`, 'y'),
        read: (m) => ({ ageMin: null, ageMax: Number(m[1]), looseEnd: Number(m[1]) }),
    },
];

/** Every age bracket in `text`, in order. A bare age (`65岁或80岁常被当作分界`) is not a bracket. */
export function findAges(text: string): AgeMention[] {
    const found: AgeMention[] = [];
    // every pattern ends in 岁 but the spoken ones (`满75了`, `不到70的`, `够70的`, `70往上`, `70往下的`): skip the per-position scan
    if (!text.includes('岁') && !text.includes('满') && !text.includes('够') && !text.includes('不到') && !text.includes('不足') && !text.includes('往上') &&
        !text.includes('朝上') && !text.includes('到了') && !text.includes('以上的') && !text.includes('以下的') && !text.includes('往下的') &&
        !text.includes('以上每') && !text.includes('以下每') && !text.includes('↑') && !text.includes('↓')) return found;
    let i = 0;
    while (i < text.length) {
        const hit = canStartAge(text, i) ? matchAt(text, i) : null;
        if (hit) {
            found.push(withBoundNote(text, hit));
            i = hit.end;
        } else {
            i += 1;
        }
    }
    return found;
}

/**
 * Words a bracket can start with, besides digits, by their first character: most of those characters (`大`, `过`,
 * `高`) start other words far more often, so the word itself is checked before any pattern is tried.
 */
const LEAD_WORDS = new Map<number, string[]>();
for (const word of [...BELOW_WORDS, ...AT_MOST_WORDS, ...REACHED_WORDS, ...BEYOND_WORDS]) {
    const code = word.charCodeAt(0);
    LEAD_WORDS.set(code, [...(LEAD_WORDS.get(code) ?? []), word]);
}

/** Every pattern starting with a number needs two digits there (`\d{2,3}`): `3个`, `5%` start no bracket; the others a lead word. */
function canStartAge(text: string, i: number): boolean {
    const code = text.charCodeAt(i);
    if (isDigit(code)) return isDigit(text.charCodeAt(i + 1));
    return LEAD_WORDS.get(code)?.some((word) => text.startsWith(word, i)) ?? false;
}

function isDigit(code: number): boolean {
    return code >= 48 && code <= 57;
}

function matchAt(text: string, i: number): AgeMention | null {
    for (const { re, read } of AGE_PATTERNS) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m) continue;
        const { ageMin, ageMax, looseEnd } = read(m);
        return { ageMin, ageMax, looseEnd, start: i, end: i + m[0].length };
    }
    return null;
}

/** The bracket with the bound its note names set in or out (see {@link BOUND_NOTE}); unchanged without a note. */
function withBoundNote(text: string, age: AgeMention): AgeMention {
    const note = BOUND_NOTE.exec(text.slice(age.end));
    if (!note) return age;
    const bound = Number(note[2]);
    const included = !note[1]!.startsWith('不');
    const end = age.end + note[0].length;
    if (age.ageMax !== null && (age.ageMax === bound || age.ageMax === bound - 1) && (age.ageMin === null || age.ageMin < bound)) {
        return { ...age, ageMax: included ? bound : bound - 1, looseEnd: null, end };
    }
    if (age.ageMin !== null && (age.ageMin === bound || age.ageMin === bound + 1) && (age.ageMax === null || age.ageMax > bound)) {
        return { ...age, ageMin: included ? bound : bound + 1, end };
    }
    return age;
}

/** Ages at which some bracket on the page starts (`70岁及以上` → 70). */
export function bracketStarts(ages: readonly AgeMention[]): Set<number> {
    return new Set(ages.flatMap((a) => (a.ageMin !== null ? [a.ageMin] : [])));
}

/**
 * Final bounds. An upper bound stated loosely (`X岁以下`, `X周岁以内`, `X岁以前`, `不到X岁`) is decided by the
 * adjoining bracket the page states: one starting at X leaves X out (`70周岁以内…70周岁及以上` ends at 69), one
 * starting at X+1 keeps it in (`74岁以内…75岁起` ends at 74). With neither, the words' own reading stands.
 */
export function resolveAge(age: AgeMention, starts: ReadonlySet<number>): { ageMin: number | null; ageMax: number | null } {
    const x = age.looseEnd;
    if (x !== null && starts.has(x)) return { ageMin: age.ageMin, ageMax: x - 1 };
    if (x !== null && starts.has(x + 1)) return { ageMin: age.ageMin, ageMax: x };
    return { ageMin: age.ageMin, ageMax: age.ageMax };
}

/**
 * An unbracketed amount followed in the same sentence by an open-ended bracket (`每月划入90元,年满80岁的每月划入100元`)
 * is the level below that bracket: [, X-1]. Not when the bracket keeps the same level (`80岁以后仍按同一标准`).
 */
export function belowLaterBracket(
    sentence: string,
    ages: readonly AgeMention[],
    amountEnd: number,
): { ageMin: null; ageMax: number } | null {
    const next = ages.find((a) => a.start >= amountEnd);
    if (!next || next.ageMin === null || next.ageMax !== null) return null;
    if (SAME_LEVEL_AFTER.test(sentence.slice(next.end))) return null;
    return { ageMin: null, ageMax: next.ageMin - 1 };
}

/**
 * An open-ended bracket closed by a higher one stated after the amount in the same sentence (`满70岁的每月X元;80岁以上
 * 的每月Y元`): the first runs up to the second, [70, 79].
 */
export function closedByLaterBracket(age: AgeMention, ages: readonly AgeMention[], amountEnd: number): AgeMention {
    if (age.ageMin === null || age.ageMax !== null) return age;
    const next = ages.find((a) => a.start >= amountEnd);
    if (!next || next.ageMin === null || next.ageMax !== null || next.ageMin <= age.ageMin) return age;
    return { ...age, ageMax: next.ageMin - 1 };
}

/** After a bracket, words saying it keeps the level before it (`仍按同一标准`, `标准不变`, `也一样`). */
const SAME_LEVEL_AFTER = /^[^,,;;。\d]{0,8}?(?:(?:仍|仍然|也|同样)按?(?:同一|相同|原|这个|此)标准|标准不变|(?:也|都)一样|不再提高)/;

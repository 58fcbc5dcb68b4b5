/**
 * Which place a figure is about (CLAIMS.md § Regions): the place its own sentence or list-item label names,
 * then a section heading that is only a place name or says `以X为例`, then `以X为例` in the title. A city the
 * title merely names does not make generic body text a claim about it.
 */
import { findRegions, startsWithPlaceName, type RegionMention } from '../region/index.js';

export interface RegionRef {
    name: string;
    province: string;
}

/** Leading list markers before a label: `①`, `1.`, `1、`, `(1)`, `【1】`, `•`, `-`. */
const LIST_MARKER = /^\s*(?:[①-⑳]|\d{1,2}\s*[.、．)]|[((【[]\s*\d{1,2}\s*[))】\]]|[•·●◆■▪\-*])?\s*/;
const EXAMPLE_OF = /以(.{2,12}?)为例/;
/** Words that may follow a place name in a heading that is only that place (`三、上海市标准`). */
const HEADING_PLACE_TAIL = /^(?:地区|的?标准|的?规定|的?政策|退休人员)?\s*[::]?$/;

/** `北京:…` / `上海 | …`: the place that labels a passage, if it opens with one followed by a colon or cell break. */
export function labelRegion(text: string): RegionRef | null {
    const marker = LIST_MARKER.exec(text)?.[0] ?? '';
    const rest = text.slice(marker.length);
    if (!startsWithPlaceName(rest)) return null; // most passages: no need to find every place in them
    const [first] = findRegions(rest);
    if (!first || first.start !== 0) return null;
    return /^\s*[::|｜\t]/.test(rest.slice(first.end)) ? pick(first) : null;
}

/** A section heading that names one place and nothing else, or says `以X为例`. */
export function headingRegion(heading: string | null): RegionRef | null {
    if (!heading) return null;
    const example = exampleOfRegion(heading);
    if (example) return example;
    const marker = /^\s*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[.、．]|[((【]\s*[一二三四五六七八九十\d]+\s*[))】])?\s*/.exec(heading)?.[0] ?? '';
    const rest = heading.slice(marker.length);
    const mentions = findRegions(rest);
    if (mentions.length !== 1 || mentions[0]!.start !== 0) return null;
    return HEADING_PLACE_TAIL.test(rest.slice(mentions[0]!.end)) ? pick(mentions[0]!) : null;
}

/** `以琼海为例` → 琼海. */
export function exampleOfRegion(text: string): RegionRef | null {
    const m = EXAMPLE_OF.exec(text);
    if (!m) return null;
    const mentions = findRegions(m[1]!);
    return mentions.length ? pick(mentions.at(-1)!) : null;
}

/**
 * The place a sentence names for the figure at `offset`: the nearest mention before it. Returns `'ambiguous'`
 * when that mention is one of an enumeration (`北京、甘肃等地…分别为…`): the figure cannot be pinned to one place.
 * `mentions` are the sentence's places, when the caller has them already.
 */
export function sentenceRegion(
    sentence: string,
    offset: number,
    mentions: readonly RegionMention[] = findRegions(sentence),
): RegionRef | null | 'ambiguous' {
    const before = mentions.filter((m) => m.end <= offset);
    const nearest = before.at(-1);
    if (!nearest) return null;
    if (isEnumerated(sentence, nearest, mentions)) return 'ambiguous';
    return pick(nearest);
}

function isEnumerated(sentence: string, mention: RegionMention, all: readonly RegionMention[]): boolean {
    const joiner = /^\s*(?:、|和|与|及|或)\s*$/;
    return all.some(
        (other) =>
            other !== mention &&
            ((other.end <= mention.start && joiner.test(sentence.slice(other.end, mention.start))) ||
                (other.start >= mention.end && joiner.test(sentence.slice(mention.end, other.start)))),
    );
}

function pick(m: RegionMention): RegionRef {
    return { name: m.name, province: m.province };
}

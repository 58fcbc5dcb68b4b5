/**
 * One sentence stating a rule for several places at once (`两市…均按2%划入`, `上述三地都…`): it is a claim about each
 * of the places the page lists, when the page lists exactly that many.
 */
import type { FigureDraft } from '../../src/claims/schema.js';
import { rated } from '../confidence.js';
import { findRegions, type RegionRef } from '../region/index.js';
import { numeralValue } from '../normalize/numerals.js';
import type { Passage } from '../types.js';

/** `三市…均`, `两地都`, `3个城市统一`: a count of places, then (in the same clause) a word saying they share the rule. */
const SHARED_BY_COUNT = /(?:^|[^\d])(\d{1,2}|[两二三四五六七八九十])(?:个)?(?:市|地|城市|地市|省)(?![场民长])[^,，;；。]{0,24}?(?:均|都|一律|统一)/;

/** The places a page lists: those of its title, else those of its whole text, in first-mention order. */
function listedPlaces(title: string, passages: readonly Passage[]): RegionRef[] {
    const fromTitle = distinctPlaces([title]);
    return fromTitle.length >= 2 ? fromTitle : distinctPlaces(passages.map((p) => p.text));
}

function distinctPlaces(texts: readonly string[]): RegionRef[] {
    const byName = new Map<string, RegionRef>();
    for (const text of texts) {
        for (const m of findRegions(text)) if (!byName.has(m.name)) byName.set(m.name, { name: m.name, province: m.province });
    }
    const places = [...byName.values()];
    // `某省某市和某省某市`: a province named before its own city only says where that city lies
    return places.filter((p) => p.name !== p.province || !places.some((city) => city.province === p.name && city.name !== p.name));
}

/** The place-less drafts whose sentence shares its rule among as many places as the page lists, one per place. */
export function fanOutSharedRules(drafts: FigureDraft[], title: string, passages: readonly Passage[]): FigureDraft[] {
    if (!drafts.some((d) => d.region === null && SHARED_BY_COUNT.test(d.quote))) return drafts;
    let places: RegionRef[] | undefined;
    return drafts.flatMap((draft) => {
        const count = draft.region === null && !draft.example ? SHARED_BY_COUNT.exec(draft.quote)?.[1] : undefined;
        if (count === undefined) return [draft];
        places ??= listedPlaces(title, passages);
        const n = /\d/.test(count) ? Number(count) : numeralValue(count);
        if (places.length < 2 || places.length !== n) return [draft];
        // the place comes from the page's list, as a stated subject's does
        const cues = (draft.confidenceCues ?? []).filter((cue) => cue !== 'region-unstated');
        const confidence = rated([...cues, 'region-from-subject']);
        return places.map((place) => ({ ...draft, ...confidence, region: place.name, province: place.province }));
    });
}

/**
 * The place a page is about, for a procedure whose own steps, labels and headings name none (CLAIMS.md § Procedures):
 * the one place the title names, when the page shows it is that place's own and names no other place. Pages that
 * only put a place in their title and headings (content farms serving every city the same text) show nothing.
 */
import { refersToPagePlace } from '../figure/attribution.js';
import { findRegions, type RegionMention, type RegionRef } from '../region/index.js';
import type { Passage } from '../types.js';

/** Quoted names are apps and menus (`“某市医保”小程序`), named after the place that runs them, not the one served. */
const QUOTED = /“[^”]*”|「[^」]*」|《[^》]*》/g;
const QUOTED_NAME = /[“「]([^”」]{2,16})[”」]/g;

/** A place's office opening a title (`某市医疗保障局关于…`): the issuer's `我市` in the body is that place. */
const OFFICE_AFTER_PLACE =
    /^(?:市|州|县|区|省|盟)?(?:医疗保障局|医保局|人力资源和社会保障局|人社局|社会保险事业管理局|社保局|医疗保险(?:管理|服务)?中心|医保(?:服务)?中心|人民政府)/;

/** A title that is a rule's name (`某市…经办规程`, `某县…实施办法`): the document is that place's own. */
const RULE_NAME_END = /(?:规程|办法|细则|规定|实施方案|实施意见)$/;

/** Two places one of which is, or holds, the other (`某省` and a city in it). */
function samePlace(a: RegionMention, b: RegionMention): boolean {
    return a.name === b.name || a.name === b.province || b.name === a.province;
}

/**
 * A quoted service the page uses named after the place, or after a city of its province when the place is a county
 * (a county-level city's people use the prefecture's `“某市医保”` mini-program).
 */
function usesServiceOf(passages: readonly Passage[], place: RegionMention): boolean {
    return passages.some((p) =>
        [...p.text.matchAll(QUOTED_NAME)].some((m) =>
            findRegions(m[1]!).some(
                (named) => named.name === place.name || (place.level === 'county' && named.level === 'city' && named.province === place.province),
            ),
        ),
    );
}

/**
 * The title's one place, when the title is its office's and the body says `我市`, or the title is its rule's name, or
 * the page uses its own service; and the body names no place outside it. Null on national and general pages.
 */
export function pagePlace(title: string, passages: readonly Passage[]): RegionRef | null {
    const named = findRegions(title.replace(QUOTED, ''));
    const place = named[0];
    if (!place || named.some((other) => !samePlace(other, place))) return null;
    if (passages.some((p) => findRegions(p.text.replace(QUOTED, '')).some((other) => !samePlace(other, place)))) return null;
    const opens = place.start === 0;
    const issuerSaysOwn = opens && OFFICE_AFTER_PLACE.test(title.slice(place.end)) && passages.some((p) => refersToPagePlace(p.text, findRegions(p.text)));
    const own = issuerSaysOwn || (opens && RULE_NAME_END.test(title.trim())) || usesServiceOf(passages, place);
    return own ? { name: place.name, province: place.province } : null;
}

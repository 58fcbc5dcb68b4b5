import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { rawTextOf } from '../body/dom-stats.js';
import { elementsByTag, elementsNamed } from '../body/elements.js';
import { readHeadIssuer } from './issuer.js';

/** The link a breadcrumb trail starts from. */
const HOME_LINK = /^\s*(?:首页|主页|网站首页)\s*$/;
/** A trail: the home link, then a separator to the next step (`首页 > 某局 > 政策解读`). */
const TRAIL = /^\s*(?:(?:当前位置|您的位置|所在位置)\s*[:：]?\s*)?(?:首页|主页|网站首页)\s*[>›»＞/→]/;
/** A longer text around the home link is a menu or a page, not a trail. */
const MAX_TRAIL_CHARS = 80;

/**
 * The public body a page's breadcrumb trail passes through (`首页 > 某市医疗保障局 > 政策解读`), or ''. The trail
 * says which body's site section the page sits in: its issuer, whose place `我市` refers to. A home link in a
 * menu (no separator after it) is no trail.
 */
export function readBreadcrumbIssuer($: CheerioAPI): string {
    const tags = elementsByTag($);
    for (const link of elementsNamed(tags, 'a')) {
        const trail = link.parent;
        if (!trail || trail.type !== 'tag' || !HOME_LINK.test(rawTextOf(link))) continue;
        const issuer = issuerOfTrail(rawTextOf(trail as Element));
        if (issuer) return issuer;
    }
    // a trail printed as plain text (`<div>首页 > 某市人民政府 > 政策解读</div>`): its element opens on the home word
    for (const tag of TRAIL_HOLDERS) {
        for (const holder of elementsNamed(tags, tag)) {
            const first = holder.children[0];
            if (first?.type !== 'text' || !TRAIL.test(first.data)) continue;
            const issuer = issuerOfTrail(rawTextOf(holder));
            if (issuer) return issuer;
        }
    }
    return '';
}

/** Elements a trail printed as text stands in. */
const TRAIL_HOLDERS = ['div', 'p', 'span', 'nav', 'li', 'td'] as const;

/** The public body a trail's text passes through, or '' (a longer text is a menu or a page, not a trail). */
function issuerOfTrail(text: string): string {
    return text.length <= MAX_TRAIL_CHARS && TRAIL.test(text) ? readHeadIssuer(text.replace(/[>›»＞/→]/g, '\n')) : '';
}

import { findRegions } from '../../extractors/region/index.js';
import type { Claim } from '../claims/schema.js';
import { compareCodePoints } from '../code-point-order.js';

/** A page as the missing-place report needs it: its title and every claim read from it. */
export interface PageClaims {
    url: string;
    site: string;
    title: string;
    claims: readonly Claim[];
}

/** A page whose title names a place its body says nothing specific about. */
export interface MissingReport {
    url: string;
    site: string;
    title: string;
    /** The place the title names (canonical short name). */
    region: string;
    /** Figures the page does give (for other places or none): 0 means the body is entirely generic. */
    figuresOnPage: number;
}

/** Pairs each page with the claims read from it (claims of pages not listed are ignored). */
export function pagesWithClaims(
    pages: readonly Omit<PageClaims, 'claims'>[],
    claims: readonly Claim[],
): PageClaims[] {
    const byUrl = new Map<string, Claim[]>();
    for (const claim of claims) {
        const list = byUrl.get(claim.url);
        if (list) list.push(claim);
        else byUrl.set(claim.url, [claim]);
    }
    return pages.map(({ url, site, title }) => ({ url, site, title, claims: byUrl.get(url) ?? [] }));
}

/**
 * Pages whose title promises a place (`福州职工医保…划拨多少?`, `…(以北京为例)`) while the body gives no claim for
 * it: no figure, and no procedure either, since a how-to title (`南昌如何查询…`) is answered by steps, not
 * figures. Worked examples do not count as giving a figure. One entry per page and promised place, sorted by
 * site, URL and place; filter by `site` as needed.
 */
export function findMissing(pages: readonly PageClaims[]): MissingReport[] {
    const report: MissingReport[] = [];
    for (const page of pages) {
        const promised = [...new Set(findRegions(page.title).map((m) => m.name))];
        if (promised.length === 0) continue;
        const statements = page.claims.filter((c) => c.kind === 'procedure' || !c.example);
        // A province in the title is answered by figures for its cities too (`广东各市…` → 深圳, 广州).
        const covered = new Set(statements.flatMap((c) => [c.region, c.province]));
        const figuresOnPage = statements.filter((c) => c.kind === 'figure').length;
        for (const region of promised) {
            if (covered.has(region)) continue;
            report.push({ url: page.url, site: page.site, title: page.title, region, figuresOnPage });
        }
    }
    return report.sort((a, b) => compareCodePoints(a.site, b.site) || compareCodePoints(a.url, b.url) || compareCodePoints(a.region, b.region));
}


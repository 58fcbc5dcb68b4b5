/**
 * Source trust estimated jointly with the consensus, in the manner of truth discovery with copy detection
 * (Yin et al., TruthFinder; Dong et al., "Integrating conflicting data: the role of source dependence"): a
 * site's trust is how often what it prints agrees with the consensus, and the consensus weighs each independent
 * source by the trust of the site that printed it first. Copies of one passage are one source, so a copier adds
 * no vote; it still answers for what it printed, so copying a misprint lowers its own trust.
 *
 * Trust is about sites, not about extraction: a claim the extractor doubts is no evidence against its site.
 */
import { compareCodePoints } from '../code-point-order.js';

/** One side of a comparison item: values that agree, and who prints them. */
export interface VotingSide {
    /** The site that printed each independent source first (its origin): one entry per source. */
    origins: readonly string[];
    /** Every site that prints a value of this side, copies included. */
    sites: ReadonlySet<string>;
}

/** One comparison group, as sides of mutually agreeing values. */
export interface VotingItem {
    sides: readonly VotingSide[];
}

/** A site's standing: the JSON of `claimscope sources --json` is an array of these (a contract: keep the names). */
export interface SourceTrust {
    site: string;
    /** (agree + 1) ÷ (agree + disagree + 2), in 0–1: the share of its figures that agree with the consensus. */
    trust: number;
    /** Comparison groups where the site prints the consensus. */
    agree: number;
    /** Comparison groups where the site prints a value the consensus disagrees with. */
    disagree: number;
}

/** `count`: every independent source weighs 1 (plain copy-aware counting); `trust`: weighed by its site's trust. */
export type Weighting = 'trust' | 'count';

/** Trust of a site without evidence (no group it prints in has two independent sources). */
const PRIOR_TRUST = 0.5;
const MAX_ROUNDS = 100;
const CONVERGED = 1e-9;
/** Sides whose weights differ by at most this share of the larger are tied: a tie has no consensus. */
const TIE_MARGIN = 0.1;

/**
 * A source's vote: −ln(1 − trust) (TruthFinder's trustworthiness score), so two sources of trust 0.4 weigh less
 * than one of 0.9 while every vote stays positive.
 */
export function voteWeight(trust: number): number {
    return -Math.log(1 - Math.min(Math.max(trust, 0.01), 0.99));
}

/** Sum of the votes of one side. */
function sideWeight(side: VotingSide, weightOf: (site: string) => number): number {
    return side.origins.reduce((sum, site) => sum + weightOf(site), 0);
}

/**
 * Index of the side with the greatest weight, or null when the runner-up comes within TIE_MARGIN of it (a tie):
 * trust is an estimate, too coarse to crown one of two nearly equal sides.
 */
export function winningSide(item: VotingItem, weightOf: (site: string) => number): number | null {
    const ranked = item.sides.map((side, i) => ({ i, weight: sideWeight(side, weightOf) })).sort((a, b) => b.weight - a.weight);
    const [first, second] = ranked;
    if (!first) return null;
    if (second && first.weight - second.weight <= TIE_MARGIN * first.weight + 1e-9) return null;
    return first.i;
}

function tally(items: readonly VotingItem[], weightOf: (site: string) => number): Map<string, { agree: number; disagree: number }> {
    const counts = new Map<string, { agree: number; disagree: number }>();
    const count = (site: string) => {
        let entry = counts.get(site);
        if (!entry) counts.set(site, (entry = { agree: 0, disagree: 0 }));
        return entry;
    };
    for (const item of items) {
        // A value only one source prints agrees with itself: no evidence about anyone.
        if (item.sides.reduce((n, side) => n + side.origins.length, 0) < 2) continue;
        const winner = winningSide(item, weightOf);
        if (winner === null) continue;
        item.sides.forEach((side, i) => {
            for (const site of side.sites) count(site)[i === winner ? 'agree' : 'disagree'] += 1;
        });
    }
    return counts;
}

const trustOf = (c: { agree: number; disagree: number }) => (c.agree + 1) / (c.agree + c.disagree + 2);

/** The outcome of {@link estimateSourceTrust}. */
export interface TrustEstimate {
    /** Every site, most trusted first (trust rounded to 3 decimals). */
    sources: SourceTrust[];
    /** The vote of an independent source first printed by `site`, as the final consensus weighed it. */
    weightOf: (site: string) => number;
}

/**
 * Iterates trust → consensus → trust from an equal start until no site's trust moves (a fixed point). With
 * `count` weighting every vote weighs 1 (plain copy-aware counting) and trust is measured against that once.
 */
export function estimateSourceTrust(items: readonly VotingItem[], sites: Iterable<string>, weighting: Weighting = 'trust'): TrustEstimate {
    let weightOf: (site: string) => number = () => 1;
    let counts = tally(items, weightOf);
    for (let round = 0; weighting === 'trust' && round < MAX_ROUNDS; round++) {
        const trust = new Map<string, number>();
        for (const [site, c] of counts) trust.set(site, trustOf(c));
        const previous = weightOf;
        weightOf = (site) => voteWeight(trust.get(site) ?? PRIOR_TRUST);
        const moved = round === 0 || [...trust.keys()].some((site) => Math.abs(weightOf(site) - previous(site)) > CONVERGED);
        if (!moved) break;
        counts = tally(items, weightOf);
    }
    const sources = [...new Set([...sites, ...counts.keys()])]
        .map((site) => {
            const c = counts.get(site) ?? { agree: 0, disagree: 0 };
            return { site, trust: Math.round(trustOf(c) * 1000) / 1000, ...c };
        })
        .sort((a, b) => b.trust - a.trust || b.agree - a.agree || compareCodePoints(a.site, b.site));
    return { sources, weightOf };
}

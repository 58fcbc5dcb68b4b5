/**
 * Extraction confidence (`confidence`, 0–1): how sure the reader is that a claim was read right, from the cues
 * that decided it. A claim starts at 1 and loses a share for each weaker cue it rests on; the shares are data
 * below, set so that claims at 0.9 or more are at least 0.98 precise on the dev gold (checked by the eval).
 * Nothing here judges the source: a copied content-farm page read cleanly scores as high as a bureau's notice.
 */
import type { ConfidenceCue, ProcedureDraft } from '../src/claims/schema.js';
import { findRegions } from './region/index.js';

export type { ConfidenceCue } from '../src/claims/schema.js';

/**
 * Share of confidence each cue takes away. Region cues: the place came from a label line or table heading, a
 * section heading or `以X为例`, the page's stated subject, or `我市`/`本省`; `unresolved-local-reference`: the sentence
 * says `我市` but the page does not say which place that is; `region-unstated`: no place for the claim although the
 * page is about one, and the sentence does not speak in general. Unit cues: a bare number's unit came from
 * its column header or a caption above the table. `metric-from-topic`: no credit word in the sentence, the heading
 * or title supplied it; `ratio-by-topic`: a bare `比例`. `crowded-sentence`: the sentence names a place other than the claim's. `quoted-figure`: the figure stands in
 * quotation marks (a rumour, a headline being discussed). `change-sentence`: the sentence reports a change (old and new
 * values side by side). `terse-sentence`: a sentence too short to say much beside the figure (often a line broken off).
 * Procedures: `single-step`, and `region-inherited` when the place is not named in the procedure's own text.
 */
export const CONFIDENCE_PENALTIES: Readonly<Record<ConfidenceCue, number>> = {
    'region-from-label': 0.03,
    'region-from-heading': 0.04,
    'region-from-subject': 0.15,
    'region-from-local-reference': 0.06,
    'unresolved-local-reference': 0.3,
    'region-unstated': 0.12,
    'unit-from-column': 0.03,
    'unit-from-caption': 0.05,
    hedged: 0.05,
    example: 0.12,
    'metric-from-topic': 0.1,
    'ratio-by-topic': 0.12,
    'crowded-sentence': 0.06,
    'quoted-figure': 0.3,
    'change-sentence': 0.2,
    'terse-sentence': 0.2,
    'single-step': 0.12,
    'region-inherited': 0.05,
};

/** Lowest confidence given: a claim the reader returns at all passed every rule that makes one. */
const FLOOR = 0.3;

/**
 * A claim's `confidence` decided by these cues (each counted once), rounded to two decimals, and the cues
 * themselves as `confidenceCues` so a reader can see why.
 */
export function rated(cues: Iterable<ConfidenceCue>): { confidence: number; confidenceCues: ConfidenceCue[] } {
    const distinct = [...new Set(cues)];
    let confidence = 1;
    for (const cue of distinct) confidence -= CONFIDENCE_PENALTIES[cue];
    return { confidence: Math.round(Math.max(FLOOR, confidence) * 100) / 100, confidenceCues: distinct };
}

/** Cues of a procedure: how many steps it has, and whether its own text names its place. */
export function procedureCues(draft: ProcedureDraft): ConfidenceCue[] {
    const cues: ConfidenceCue[] = [];
    if (draft.steps.length < 2) cues.push('single-step');
    if (draft.region && !findRegions(`${draft.quote} ${draft.steps.join(' ')}`).some((m) => m.name === draft.region)) {
        cues.push('region-inherited');
    }
    return cues;
}

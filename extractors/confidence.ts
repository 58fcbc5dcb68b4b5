/**
 * Extraction confidence (`confidence`, 0–1): how sure the reader is that a claim was read right, from the cues
 * that decided it. A claim starts at 1 and loses a share for each weaker cue it rests on; the shares are data
 * below, set so that claims at 0.9 or more are at least 0.98 precise on the dev gold (checked by the eval).
 * Nothing here judges the source: a copied content-farm page read cleanly scores as high as a bureau's notice.
 */
import type { ProcedureDraft } from '../src/claims/schema.js';
import { findRegions } from './region/index.js';

/** A reason a claim is less certain than one read from a plain sentence that names its place and unit. */
export type ConfidenceCue =
    /** The place came from a label line or a table row/column heading, not the sentence itself. */
    | 'region-from-label'
    /** The place came from a section heading that is only a place, or `以X为例` in a heading or the title. */
    | 'region-from-heading'
    /** The place came from what the page says it is about (its stated subject). */
    | 'region-from-subject'
    /** `我市`/`本省` resolved to the page's place (title, issuer or stated subject). */
    | 'region-from-local-reference'
    /** The unit of a bare number came from the column header. */
    | 'unit-from-column'
    /** The unit of a bare number came from a caption above the table (`单位:元/月`). */
    | 'unit-from-caption'
    /** The sentence hedges the figure (约, 左右). */
    | 'hedged'
    /** A worked example: its result is a claim, but examples mix inputs and results. */
    | 'example'
    /** The sentence has no credit word: the metric came from the heading, title or table header. */
    | 'metric-from-topic'
    /** A rate whose own words say only `比例`: a credit ratio only by its topic. */
    | 'ratio-by-topic'
    /** Several places or several figures of one kind in one sentence: pairing them is a guess. */
    | 'crowded-sentence'
    /** A procedure of a single step. */
    | 'single-step'
    /** A procedure's place not named in its own text. */
    | 'region-inherited';

/** Share of confidence each cue takes away. */
export const CONFIDENCE_PENALTIES: Readonly<Record<ConfidenceCue, number>> = {
    'region-from-label': 0.02,
    'region-from-heading': 0.04,
    'region-from-subject': 0.12,
    'region-from-local-reference': 0.06,
    'unit-from-column': 0.03,
    'unit-from-caption': 0.12,
    hedged: 0.04,
    example: 0.12,
    'metric-from-topic': 0.06,
    'ratio-by-topic': 0.12,
    'crowded-sentence': 0.06,
    'single-step': 0.12,
    'region-inherited': 0.05,
};

/** Lowest confidence given: a claim the reader returns at all passed every rule that makes one. */
const FLOOR = 0.3;

/** Confidence of a claim decided by these cues (each counted once), rounded to two decimals. */
export function confidenceOf(cues: Iterable<ConfidenceCue>): number {
    let confidence = 1;
    for (const cue of new Set(cues)) confidence -= CONFIDENCE_PENALTIES[cue];
    return Math.round(Math.max(FLOOR, confidence) * 100) / 100;
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

/**
 * `display` fields the API adds beside the raw values: the same words the CLI prints (src/claims/labels.ts), so
 * the page shows values, brackets and times without formatting anything itself.
 */
import type { ClaimDraft, FigureDraft, ProcedureDraft } from '../claims/schema.js';
import {
    CHANNEL_LABELS,
    copiesLabel,
    figureMarks,
    formatAges,
    formatRegion,
    formatSpread,
    formatTime,
    formatValue,
    lowConfidenceNote,
    metricLabel,
    populationLabel,
    TASK_LABELS,
} from '../claims/labels.js';
import type { ClaimChange } from '../changes/types.js';
import { formatStatedValue, type ComparisonGroup, type GroupValue } from '../compare/index.js';
import type { ClaimDocument } from '../search/index.js';

/** What a claim is about and says, in words. */
export interface ClaimDisplay {
    region: string;
    /** Metric (figures) or task · channel (procedures). */
    about: string;
    /** `100元/月` for figures; the steps joined for procedures. */
    value: string;
    population: string | null;
    ages: string | null;
    marks: string[];
    copies: string | null;
    /** `抽取置信度 0.72:…` when the claim was read with low confidence (the page shows 低置信 with this as its title). */
    lowConfidence: string | null;
}

/** What both a stored claim and a change log's claim carry. */
type Describable = (Omit<FigureDraft, 'passage'> | Omit<ProcedureDraft, 'passage'>) & { copies?: number };

export function claimDisplay(claim: Describable): ClaimDisplay {
    const copies = claim.copies !== undefined && claim.copies > 1 ? copiesLabel(claim.copies) : null;
    if (claim.kind === 'procedure') {
        return {
            region: formatRegion(claim.region),
            about: `${TASK_LABELS[claim.task] ?? claim.task} · ${CHANNEL_LABELS[claim.channel] ?? claim.channel}`,
            value: claim.steps.join(' → '),
            population: null,
            ages: null,
            marks: [],
            copies,
            lowConfidence: lowConfidenceNote(claim),
        };
    }
    const bracketed = claim.ageMin !== null || claim.ageMax !== null;
    return {
        region: formatRegion(claim.region),
        about: metricLabel(claim.metric),
        value: formatValue(claim, claim.period),
        population: claim.population === null ? null : populationLabel(claim.population),
        ages: bracketed ? formatAges(claim.ageMin, claim.ageMax) : null,
        marks: figureMarks(claim),
        copies,
        lowConfidence: lowConfidenceNote(claim),
    };
}

export function withClaimDisplay<C extends ClaimDocument>(claim: C): C & { display: ClaimDisplay } {
    return { ...claim, display: claimDisplay(claim) };
}

type GroupLike = Pick<ComparisonGroup, 'region' | 'metric' | 'population' | 'ageMin' | 'ageMax' | 'period'> & {
    values: GroupValue[];
    consensus: GroupValue | null;
    spread?: number;
};

export interface GroupDisplay {
    region: string;
    metric: string;
    population: string;
    ages: string;
    /** Conflicts only: `9.1%`. */
    spread: string | null;
}

type Displayed<V> = V & { display: string };

/** A group or conflict with its heading words and each value worded as the CLI words it (`约110元/月`). */
export function withGroupDisplay<G extends GroupLike>(
    group: G,
): Omit<G, 'values' | 'consensus'> & { values: Displayed<G['values'][number]>[]; consensus: Displayed<G['values'][number]> | null; display: GroupDisplay } {
    type Value = G['values'][number];
    const show = (v: Value): Displayed<Value> => ({ ...v, display: formatStatedValue(v, group.period) });
    const values = group.values.map(show);
    // consensus is one of values; keep it the same object so `v === group.consensus` still finds it.
    const consensus = group.consensus === null ? null : (values[group.values.indexOf(group.consensus)] ?? show(group.consensus));
    return {
        ...group,
        values,
        consensus,
        display: {
            region: formatRegion(group.region),
            metric: metricLabel(group.metric),
            population: populationLabel(group.population),
            ages: formatAges(group.ageMin, group.ageMax),
            spread: group.spread === undefined ? null : formatSpread(group.spread),
        },
    };
}

/** A change with its time in the shared zone and its claims described. */
export function withChangeDisplay(change: ClaimChange) {
    const described = (claim: ClaimDraft | null) => (claim ? claimDisplay({ ...claim, region: change.region }) : null);
    return { ...change, display: { at: formatTime(change.at), before: described(change.before), after: described(change.after) } };
}

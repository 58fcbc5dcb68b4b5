/**
 * The claim contract (docs/claims.md) as code: every module that reads or writes a claim uses these
 * types, and `claimscope export` validates each line against `claimSchema` before printing it.
 */
import { z } from 'zod';

export const METRICS = [
    'retiree_account_credit',
    'retiree_credit_rate',
    'employee_credit_rate',
    'employee_account_credit',
    'resident_account_credit',
    'transfer_days',
    'min_contribution_years',
    'premium',
    'deductible',
] as const;
export type Metric = (typeof METRICS)[number];

export const POPULATIONS = ['retiree', 'employee', 'flexible', 'resident'] as const;
export type Population = (typeof POPULATIONS)[number];

export const UNITS = ['CNY', 'percent', 'workday', 'day', 'month', 'year'] as const;
export type Unit = (typeof UNITS)[number];

export const BASES = ['avg_pension', 'own_pension', 'contribution_base', 'fixed'] as const;
export type Basis = (typeof BASES)[number];

export const TASKS = [
    'query_balance',
    'transfer',
    'family_sharing',
    'offsite_filing',
    'pay_premium',
    'change_place',
    'withdraw',
    'print_record',
] as const;
export type Task = (typeof TASKS)[number];

/** Why a claim is less certain than one read from a plain sentence naming its place and unit (see `confidence`). */
export const CONFIDENCE_CUES = [
    'region-from-label',
    'region-from-heading',
    'region-from-subject',
    'region-from-local-reference',
    'unresolved-local-reference',
    'region-unstated',
    'unit-from-column',
    'unit-from-caption',
    'hedged',
    'example',
    'metric-from-topic',
    'ratio-by-topic',
    'crowded-sentence',
    'quoted-figure',
    'change-sentence',
    'terse-sentence',
    'single-step',
    'region-inherited',
] as const;
export type ConfidenceCue = (typeof CONFIDENCE_CUES)[number];

export const CHANNELS = ['wechat', 'alipay', 'app', 'website', 'phone', 'counter', 'kiosk', 'hospital', 'bank'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Fields every claim carries, whatever its kind. */
const claimBase = {
    url: z.string(),
    site: z.string(),
    title: z.string(),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    section: z.string().nullable(),
    region: z.string().nullable(),
    province: z.string().nullable(),
    quote: z.string(),
    copies: z.number().int().positive(),
    cluster: z.string().nullable(),
    /**
     * How sure the extractor is that it read this claim right (0–1), from the cues that decided it: a place
     * named in the sentence or inherited, a unit from a caption, a hedge, an example. Not a judgement of the
     * source's trustworthiness.
     */
    confidence: z.number().min(0).max(1),
    /** The cues that lowered `confidence` (empty or absent: none). Not scored. */
    confidenceCues: z.array(z.enum(CONFIDENCE_CUES)).optional(),
};

export const figureClaimSchema = z.object({
    ...claimBase,
    kind: z.literal('figure'),
    metric: z.enum(METRICS),
    population: z.enum(POPULATIONS).nullable(),
    ageMin: z.number().int().nullable(),
    ageMax: z.number().int().nullable(),
    value: z.number(),
    valueMax: z.number().nullable(),
    unit: z.enum(UNITS),
    period: z.enum(['month', 'year']).nullable(),
    monthly: z.number().nullable(),
    approx: z.boolean(),
    basis: z.enum(BASES).nullable(),
    example: z.boolean(),
    /** Net amount printed beside the stated one (扣除…后实际为97元); not scored. */
    net: z.number().optional(),
    /** The sex the figure's clause names (`男…、女…`): figures for different sexes never conflict. Not scored. */
    sex: z.enum(['male', 'female']).nullable().optional(),
    /** For `transfer_days`: the office whose step the limit is for; null = the whole transfer. Not scored. */
    step: z.enum(['transfer_out', 'transfer_in']).nullable().optional(),
    /** A year the sentence ties the figure to (`2025年…`, `2024年起…`). Not scored. */
    statedYear: z.number().int().nullable().optional(),
    /** Offered as an illustration (`一定比例(如2%-4%)`) rather than stated for a place; never compared. Not scored. */
    illustrative: z.boolean().optional(),
});

export const procedureClaimSchema = z.object({
    ...claimBase,
    kind: z.literal('procedure'),
    task: z.enum(TASKS),
    channel: z.enum(CHANNELS),
    steps: z.array(z.string()).min(1),
});

export const claimSchema = z.discriminatedUnion('kind', [figureClaimSchema, procedureClaimSchema]);

export type FigureClaim = z.infer<typeof figureClaimSchema>;
export type ProcedureClaim = z.infer<typeof procedureClaimSchema>;
export type Claim = z.infer<typeof claimSchema>;

/** Page-level fields an extractor does not know; the pipeline fills them in. */
type PageFields = 'url' | 'site' | 'title' | 'published' | 'copies' | 'cluster';

/**
 * What an extractor returns: a claim without its page fields, plus the index of the passage it was
 * read from (so deduplication can give it that passage's cluster).
 */
export type FigureDraft = Omit<FigureClaim, PageFields> & { passage: number };
/** The procedure reader leaves `confidence` to `extractClaims`, which rates every procedure alike. */
export type ProcedureDraft = Omit<ProcedureClaim, PageFields | 'confidence'> & { passage: number; confidence?: number };
export type ClaimDraft = FigureDraft | ProcedureDraft;

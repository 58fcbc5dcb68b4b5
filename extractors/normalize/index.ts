/**
 * The one normalisation stage before any reader: full-width forms, traditional script, and numbers in every
 * written form become one canonical text; an offset map leads every canonical position back to the page's own
 * text, so quotes stay verbatim.
 */
import type { ClaimDraft } from '../../src/claims/schema.js';
import type { Passage } from '../types.js';
import { numeralEdits, currencyEdits, thousandsEdits, colloquialYuanEdits } from './numerals.js';
import { COLLOQUIAL, CURRENCY, NUMERALS, SCRIPT, SEPARATORS, WIDTH, needsOf } from './needs.js';
import { applyEdits, composeOrigins, type Edit } from './offset-map.js';
import { toSimplified } from './script.js';
import { VARIANT_FOLDS } from './vocab.js';
import { foldWidth } from './width.js';

export { numeralValue } from './numerals.js';

/**
 * Rewrites that change lengths, each with the need that calls for it, in order: numerals first, so `两百块` is a
 * number before `块` is read.
 */
const REWRITES: readonly [number, (text: string) => Edit[]][] = [
    [NUMERALS, numeralEdits],
    [CURRENCY, currencyEdits],
    [SEPARATORS, thousandsEdits],
    [COLLOQUIAL, colloquialYuanEdits],
];

const VARIANT = new RegExp(`[${Object.keys(VARIANT_FOLDS).join('')}]`, 'g');

/** A text as readers see it, and the way back to the page's words. */
export class CanonicalText {
    constructor(
        /** The page's text. */
        readonly original: string,
        /** The canonical text readers work on. */
        readonly text: string,
        /** Canonical offset → original offset; null when the two line up character for character. */
        private readonly origin: Int32Array | null,
    ) {}

    /** The page's own text behind the canonical span `[start, end)`. */
    verbatim(start: number, end: number): string {
        if (!this.origin) return this.original.slice(start, end);
        return this.original.slice(this.origin[start], this.origin[end]);
    }

    /** The page's own text behind `part`, a piece of the canonical text; `part` itself when it is none. */
    verbatimOf(part: string): string {
        const at = this.text.indexOf(part);
        return at < 0 ? part : this.verbatim(at, at + part.length);
    }
}

/** The canonical form of `text`: same length steps first, then the rewrites that move offsets. */
export function canonicalText(text: string): CanonicalText {
    let needs = needsOf(text);
    if (needs === 0) return new CanonicalText(text, text, null);
    let canonical = needs & WIDTH ? foldWidth(text) : text;
    if (needs & SCRIPT) {
        canonical = toSimplified(canonical).replace(VARIANT, (ch) => VARIANT_FOLDS[ch]!);
        needs = needsOf(canonical); // `兩百塊` reads as a numeral and 块 only once converted
    }
    let origin: Int32Array | null = null;
    for (const [need, rewrite] of REWRITES) {
        if (!(needs & need)) continue;
        const edits = rewrite(canonical);
        if (edits.length === 0) continue;
        const rewritten = applyEdits(canonical, edits);
        origin = composeOrigins(origin, rewritten.origin);
        canonical = rewritten.text;
    }
    return new CanonicalText(text, canonical, origin);
}

/** Passages as readers see them, and the way from a claim read on them back to the page's words. */
export interface CanonicalPage {
    passages: Passage[];
    /** Gives the claim (a draft read on this page) its quote and section as the page prints them, in place. */
    verbatim<C extends ClaimDraft>(claim: C): C;
}

/** Canonical passages (text and section heading) for the readers. */
export function canonicalPage(passages: readonly Passage[]): CanonicalPage {
    const texts = passages.map((p) => canonicalText(p.text));
    const sections = new Map<string, string>();
    for (const p of passages) if (p.kind === 'heading') sections.set(p.text, texts[p.index]?.text ?? p.text);
    const canonical = passages.map((p, i) => ({
        ...p,
        text: texts[i]!.text,
        section: p.section === null ? null : sections.get(p.section) ?? canonicalText(p.section).text,
    }));
    return {
        passages: canonical,
        verbatim: (claim) => {
            const source = passages[claim.passage];
            const text = texts[claim.passage];
            if (!source || !text) return claim;
            claim.quote = text.verbatimOf(claim.quote);
            claim.section = source.section;
            return claim;
        },
    };
}

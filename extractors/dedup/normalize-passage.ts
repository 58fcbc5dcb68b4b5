import { FIGURE, FIGURE_PLACEHOLDER, LEADING_MARKERS, NON_WORDING } from './vocab.js';

/** A place named in a text: its canonical name and where it is written (`广州市` at 0..3 → `广州`). */
export interface PlaceMention {
    name: string;
    start: number;
    end: number;
}

/** Finds the places a text names; the default is the region extractor's `findRegions`. */
export type PlaceFinder = (text: string) => readonly PlaceMention[];

/** A passage reduced to what decides whether two passages are copies of each other. */
export interface PassageFingerprintKey {
    /** Wording only: places canonical, markers/punctuation/spacing dropped, figures masked. */
    text: string;
    /** Sorted canonical place names, `|`-joined: passages about different places are never copies. */
    places: string;
    /** Long enough to compare by shingles; short passages match only on identical `text`. */
    fuzzy: boolean;
}

/**
 * Normalises a passage for near-duplicate detection.
 *
 * Place names are rewritten to their canonical short name (`广州市` → `广州`) so that suffix edits do not hide a
 * copy, and collected into `places` so that a template filled in for another place (`广州:…169元` /
 * `陕西:…110元`) is not taken for a copy. Figures are masked: a copied template with edited figures
 * (`每月100元` → `每月97元`) is still the same source. Passages with fewer than `minFuzzyChars` characters of
 * wording (a figure counts as one) are `fuzzy: false`: too short for shingles to tell an edit from another
 * statement, they match only on identical normalised text.
 */
export function normalizePassage(raw: string, findPlaces: PlaceFinder, minFuzzyChars: number): PassageFingerprintKey {
    const mentions = findPlaces(raw);
    const withCanonicalPlaces = replaceMentions(raw, mentions);
    const folded = stripLeadingMarkers(withCanonicalPlaces.trim()).normalize('NFKC').toLowerCase();
    const places = [...new Set(mentions.map((m) => m.name))].sort().join('|');
    const wording = folded.replace(FIGURE, FIGURE_PLACEHOLDER).replace(NON_WORDING, '');
    return { text: wording, places, fuzzy: wording.length >= minFuzzyChars };
}

function replaceMentions(text: string, mentions: readonly PlaceMention[]): string {
    if (mentions.length === 0) return text;
    const ordered = [...mentions].sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const m of ordered) {
        if (m.start < at) continue; // overlapping mention: the earlier one already covers it
        out += text.slice(at, m.start) + m.name;
        at = m.end;
    }
    return out + text.slice(at);
}

function stripLeadingMarkers(text: string): string {
    let current = text;
    for (;;) {
        const marker = LEADING_MARKERS.find((m) => m.test(current));
        if (!marker) return current;
        current = current.replace(marker, '').trimStart();
    }
}

/** What passage normalisation removes or rewrites before fingerprinting, as data (STYLE.md habit 7). */

/**
 * Leading list and heading markers (`1.`, `2、`, `(3)`, `【1】`, `一、`, `①`, `•`): the same passage is numbered
 * differently on every page that copies it, so the marker says nothing about the text.
 */
export const LEADING_MARKERS: readonly RegExp[] = [
    /^[•·●○◦▪▫■□◆◇►▶▸➢✓✔√*-]+/,
    /^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/,
    /^[(（【[]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）】\]]/,
    /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．:：](?!\d)/,
    /^第(?:\d{1,2}|[一二三四五六七八九十]{1,3})步/,
];

/**
 * Characters that carry no wording: whitespace, punctuation, symbols. Copies re-punctuate freely
 * (`50~70元` / `50-70元`, `,` / `,`, `→` / `,再`), so only letters, CJK, digits and the figure placeholder are
 * compared.
 */
export const NON_WORDING = /[^\p{L}\p{N}#]+/gu;

/** A figure as written, after NFKC folding (so full-width digits are ASCII): `100`, `2.5`, `1,680`. */
export const FIGURE = /\d+(?:[.,]\d+)*/g;

/**
 * What a figure becomes in a passage's fingerprint. Content farms copy a template and edit its figures
 * (`每月100元` → `每月97元`); those copies must count as one source, so figures do not tell passages apart.
 */
export const FIGURE_PLACEHOLDER = '#';

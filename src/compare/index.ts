/**
 * Comparing figures across pages and sites: groups with trust-weighted, copy-aware consensus, site trust,
 * explained conflicts, promised-but-missing places, tables.
 */
export {
    analyseClaimBlocks,
    analyseClaims,
    compareClaims,
    type ClaimAnalysis,
    type CompareOptions,
    type ComparedFigure,
    type ComparisonGroup,
    type GroupValue,
    type Origin,
} from './compare-claims.js';
export { EXPLANATION_CODES, EXPLANATION_WORDS, type ExplanationCode } from './explanations.js';
export {
    filterConflicts,
    findConflicts,
    type Conflict,
    type ConflictFilter,
    type ConflictOptions,
    type ConflictValue,
} from './find-conflicts.js';
export { findMissing, pagesWithClaims, type MissingReport, type PageClaims } from './find-missing.js';
export {
    formatAges,
    formatComparisonTable,
    formatConflicts,
    formatMissing,
    formatSources,
    formatStatedValue,
    formatValue,
    originNote,
} from './format.js';
export { type SourceTrust } from './source-trust.js';
export { displayWidth } from './text-width.js';

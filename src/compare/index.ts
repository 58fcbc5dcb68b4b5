/** Comparing figures across pages and sites: groups, copy-aware conflicts, promised-but-missing places, tables. */
export {
    compareClaims,
    countIndependentSources,
    type CompareOptions,
    type ComparisonGroup,
    type GroupValue,
} from './compare-claims.js';
export { findConflicts, type Conflict, type ConflictOptions } from './find-conflicts.js';
export { findMissing, pagesWithClaims, type MissingReport, type PageClaims } from './find-missing.js';
export { formatAges, formatComparisonTable, formatConflicts, formatMissing, formatValue } from './format.js';
export { displayWidth } from './text-width.js';

/** Near-duplicate passages across pages and sites → `copies` and `cluster` on every claim (CLAIMS.md § Duplicates). */
export {
    clusterPassages,
    PassageClusterer,
    PassageClustering,
    type ClusterOptions,
    type PageWithPassages,
    type PassageCopyInfo,
} from './cluster-passages.js';
export {
    normalizePassage,
    type PassageFingerprintKey,
    type PlaceFinder,
    type PlaceMention,
} from './normalize-passage.js';

/**
 * A crawl allocates fast (every page's DOM, text and rows) while what stays alive is small and nearly flat
 * (~100–150 MB here, most of it code and dictionaries). V8 sizes the old generation from the live heap times a
 * factor it raises up to 4 when the program allocates fast, so a crawl's heap kept growing for thousands of pages
 * before it levelled off: peak RSS rose from 2k to 10k pages with no more live data. A fixed 30 % of headroom over
 * the live heap keeps the peak where the live data puts it, for more frequent but smaller collections.
 */
import { setFlagsFromString } from 'node:v8';

/** Headroom the old generation gets over the live heap after each full collection. */
const HEAP_GROWING_PERCENT = 30;

/** Applies the crawl's heap growth to this process, unless node was started with its own. */
export function limitHeapGrowth(): void {
    if (process.execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) return;
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

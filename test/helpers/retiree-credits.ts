/**
 * For figure-reader tests: the retiree account credits a page of plain lines states, as `[ageMin, ageMax, value]`,
 * read as the crawler reads them (passages from lines, canonical text).
 */
import { extractFigures } from '../../extractors/figure/index.js';
import { canonicalPage } from '../../extractors/normalize/index.js';
import { passagesFromLines } from '../../extractors/passages/from-lines.js';

export function retireeCredits(lines: readonly string[], title: string, url = 'https://example.test/a.html'): Array<[number | null, number | null, number]> {
    const passages = passagesFromLines(lines.map((text) => ({ text })));
    return extractFigures(canonicalPage(passages).passages, { url, title, published: null })
        .filter((c) => c.metric === 'retiree_account_credit')
        .map((c) => [c.ageMin, c.ageMax, c.value]);
}

import { ISSUER_WORD } from '../figure/attribution-vocab.js';

/** A byline line: a label for who published the page, or a date beside a name. */
const BYLINE_CUE = /(?:发布机构|发布单位|发文机关|信息来源|来源)\s*[:：]|20\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
/** A public body with the place in front of it (`某市医疗保障局`, `某省人社厅`): up to twelve characters of name. */
const ISSUER_NAME = new RegExp(`[\\u4e00-\\u9fff]{2,12}?(?:${ISSUER_WORD.source})`);
/** A longer line is prose that names a body, not a byline. */
const MAX_LINE_CHARS = 60;

/**
 * The public body a page's byline names as its publisher (`发布机构:某市医疗保障局`, `2026-01-05 某省医疗保障局`),
 * or ''. A government page speaks for its issuer's place (CLAIMS.md: `我市` refers to the place of the page's
 * issuer); the site banner and the copyright footer do not count, only the byline beside the article.
 */
export function readBylineIssuer(headText: string): string {
    for (const line of headText.split('\n')) {
        if (line.length > MAX_LINE_CHARS || !BYLINE_CUE.test(line)) continue;
        const issuer = ISSUER_NAME.exec(line.replace(BYLINE_CUE, ' '));
        if (issuer) return issuer[0];
    }
    return '';
}

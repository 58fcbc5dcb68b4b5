import { ISSUER_WORD } from '../figure/attribution-vocab.js';

/** A public body with the place in front of it (`某市医疗保障局`, `某省人社厅`): up to twelve characters of name. */
const ISSUER_NAME = new RegExp(`[\\u4e00-\\u9fff]{2,12}?(?:${ISSUER_WORD.source})`);
/** A longer line is running prose, not a byline or an introduction. */
const MAX_LINE_CHARS = 60;

/**
 * The public body named around the article's head — its byline (`发布机构:某市医疗保障局`, `2026-01-05 某省医疗保障局`)
 * or the introduction under the title (`今天我们邀请到某市医疗保障局负责人…`) — or ''. A page speaks for its
 * issuer's place (CLAIMS.md: `我市` refers to the place of the page's issuer); the site banner and the copyright
 * footer stand before the title or after the article and are not read.
 */
export function readHeadIssuer(headText: string): string {
    for (const line of headText.split('\n')) {
        if (line.length > MAX_LINE_CHARS) continue;
        const issuer = ISSUER_NAME.exec(line) ?? ACCOUNT_BYLINE.exec(line);
        if (issuer) return issuer[1] ?? issuer[0];
    }
    for (const line of headText.split('\n')) {
        const byline = BYLINE_FORMS.map((form) => form.exec(line)).find(Boolean);
        if (byline) return byline[1]!;
    }
    return '';
}

/**
 * A public account's byline: its name, then the date it posted (`某市医保 2027-01-20 08:30 发表于某省`), maybe after
 * the post's mark (`原创`, `转载`, `首发`). An account named for a place's insurance office (`…医保`, `…社保`, `…人社`,
 * `…医疗保障`) publishes for that place.
 */
const ACCOUNT_BYLINE =
    /^\s*(?:(?:原创|转载|首发|独家|置顶|精选|推荐|重磅|官方)\s*)?([\u4e00-\u9fff]{2,10}(?:医保|社保|人社|医疗保障))\s+20\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}/;

/** A byline's name: a short run of Chinese, maybe in two words (`某市中心医院 医保办`). */
const BYLINE_NAME = String.raw`([\u4e00-\u9fff]{2,16}(?:\s[\u4e00-\u9fff]{2,8})?)`;
const BYLINE_DATE = String.raw`20\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2})?`;

/**
 * The other shapes a byline takes, whoever publishes (an account, a hospital, a newspaper): `来源:某市医保`,
 * `发布单位:…`, `2027-01-20 · 某市医保` (the date first), `某市中心医院 医保办 发布`. A page speaks for the place
 * of whoever publishes it, when the name holds one; asked after the issuer forms above.
 */
const BYLINE_FORMS: readonly RegExp[] = [
    new RegExp(String.raw`^\s*(?:来源|来自|出处|作者|供稿|发布(?:单位|机构|者|人)?)\s*[:：]\s*${BYLINE_NAME}`),
    new RegExp(String.raw`^\s*${BYLINE_DATE}\s*[·•|｜/\s]\s*${BYLINE_NAME}\s*$`),
    new RegExp(String.raw`^\s*${BYLINE_NAME}\s*发布\s*$`),
];

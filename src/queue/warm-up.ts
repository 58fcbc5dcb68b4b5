/**
 * A worker reads one invented article through the page stage's extraction before it takes jobs. Dictionaries and
 * tables the extractors load on first use (jieba's for place names, among others) then load while the worker starts,
 * once per process, instead of inside the first pages of whichever crawl comes first: measured, a fresh worker's
 * second page cost ~0.5 CPU s, which every worker process of a scaled-out crawl paid again.
 */
import { extractPage } from '../../extractors/index.js';
import { claimRowsOfPage } from '../pipeline/build-claims.js';

/** Invented text: a figure, a place, a procedure and a date, so each extractor runs its full path once. */
const INVENTED_ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>某市城乡居民医保缴费标准公布</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/list/">政策</a></div><article><h1>某市城乡居民医保缴费标准公布</h1>
<p>发布时间：2026-01-05 来源：市医疗保障局</p>
<p>石家庄市城乡居民基本医疗保险个人缴费标准为每人每年400元，财政补助标准为每人每年700元。</p>
<p>参保人员可通过政务服务网、手机APP或到社区服务大厅办理缴费，办理时限为3个工作日。</p>
<p>退休人员住院费用报销比例为85%，起付线为800元，年度最高支付限额为30万元。</p>
<p>办理流程：1.登录网上服务大厅；2.填写申请表；3.上传身份证复印件；4.审核通过后10日内到账。</p>
</article></body></html>`;

const WARM_UP_URL = 'http://warm-up.invalid/article.html';

/** Run the extraction and claim rows of one invented page, for the loads they trigger. */
export function warmUpPageStage(): void {
    const extracted = extractPage(INVENTED_ARTICLE, WARM_UP_URL);
    claimRowsOfPage({
        url: WARM_UP_URL,
        site: extracted.site,
        title: extracted.title,
        published: extracted.published,
        claims: extracted.claims,
    });
}

import { itemLine } from '../../demo/article-text.js';
import { esc } from '../../demo/html.js';
import { highlightPieces, withTables, type ArticleTemplate, type RenderBlock } from './blocks.js';

/** Readers' comments written for the suite; like the demo's, they carry figures no article states. */
const COMMENTS: readonly { user: string; text: string; likes: number }[] = [
    { user: '夕阳红', text: '我们那边今年每月只到账72元,比文章里说的少。', likes: 36 },
    { user: '平安是福', text: '我在单位上班时个人账户每月进200多元。', likes: 12 },
    { user: '老李头', text: '听说明年比例要调到2.8%,等通知吧。', likes: 8 },
];
/** Provinces a post's "published from" line may name: where the account posted, not what the post is about. */
const POSTED_FROM = ['广东', '浙江', '河南', '四川', '山东'];

/**
 * After public-account posts: no heading elements at all, nested `<section>`s with inline styles, every
 * paragraph cut into `<span>`s with the figures in coloured `<strong>`, the account's card, a 往期推荐 block of
 * other posts inside the article column, and 精选留言 under it.
 */
export const wechatTemplate: ArticleTemplate = {
    name: 'wechat',
    renderArticle: (d) => `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0">
<meta property="og:title" content="${esc(d.doc.title)}">
<title>${esc(d.doc.title)}</title>
</head>
<body>
<div style="max-width:677px;margin:0 auto;padding:20px 16px 12px;background:#fff">
<h1 style="font-size:22px;line-height:1.4;margin-bottom:14px">${esc(d.doc.title)}</h1>
<div style="margin-bottom:22px;font-size:15px;color:rgba(0,0,0,0.3)"><span style="color:#576b95">原创</span> <span>小编</span> <a href="javascript:void(0);" style="color:#576b95">${esc(d.siteName)}说医保</a> <em>${esc(d.published ?? '')}</em> <em>发表于${POSTED_FROM[d.ordinal % POSTED_FROM.length]}</em></div>
<div style="visibility:visible;font-size:17px;color:rgba(0,0,0,0.9)">
<section style="margin:0 8px"><section style="text-align:center"><img data-src="/mmbiz/${d.ordinal}/banner.png" style="width:100%"></section>${withTables(d.doc.blocks).map(block).join('')}<section style="margin-top:32px;text-align:center"><span style="font-size:13px;color:#b2b2b2">— END —</span></section>
<section style="margin-top:16px;padding:12px;background:#f7f7f7"><p style="margin:0"><span style="font-size:14px;font-weight:bold">往期推荐</span></p>${d.related.map((t) => `<section style="margin-top:10px"><a href="${esc(t.href)}" style="color:#576b95"><span>${esc(t.title)}</span></a><p style="margin:4px 0 0"><span style="font-size:13px;color:#888">${esc(t.snippet)}</span></p></section>`).join('')}</section>
<section style="margin-top:16px"><p style="text-align:center"><span style="font-size:14px;color:#888">点击下方“阅读原文”查看更多 · 觉得有用就点个“在看”吧</span></p></section></section>
</div>
<div style="margin-top:24px;display:flex;align-items:center"><img src="/mmbiz/avatar.png" width="48" height="48" alt=""><div style="margin-left:12px"><strong>${esc(d.siteName)}说医保</strong><p style="margin:0;font-size:13px;color:#888">专注医保社保政策解读,每天一条实用干货</p></div><a href="javascript:void(0);" style="margin-left:auto">关注</a></div>
<div style="margin-top:16px;font-size:15px;color:#576b95"><a href="${esc(d.listHref)}">阅读原文</a> <span style="color:#888">阅读 ${1000 + d.ordinal * 97} · 在看 ${d.ordinal % 40}</span></div>
<div style="margin-top:32px"><p style="font-size:15px;color:#888">精选留言</p>${COMMENTS.map((c) => `<div style="display:flex;margin-top:16px"><img src="/mmbiz/u.png" width="30" height="30" alt=""><div style="margin-left:8px"><div><span style="color:#888">${esc(c.user)}</span><span style="float:right">赞 ${c.likes}</span></div><div style="font-size:16px">${esc(c.text)}</div></div></div>`).join('')}</div>
</div>
</body>
</html>
`,
};

function spans(text: string): string {
    return highlightPieces(text)
        .map((p) => (p.highlighted ? `<span style="color:#d9534f"><strong>${esc(p.text)}</strong></span>` : `<span style="font-size:15px;letter-spacing:0.5px">${esc(p.text)}</span>`))
        .join('');
}

function block(b: RenderBlock): string {
    if (b.kind === 'heading') {
        const rule = b.level === 1 ? 'border-left:4px solid #07c160;padding-left:8px' : 'padding-left:12px';
        return `<section style="margin:24px 0 12px"><section style="${rule}"><p style="margin:0"><span style="font-size:17px;font-weight:bold;color:#07c160">${esc(b.text)}</span></p></section></section>`;
    }
    if (b.kind === 'paragraph') return `<p style="margin:0 0 16px;line-height:1.75">${spans(b.text)}</p>`;
    if (b.kind === 'table') {
        const rows = b.rows.map((row, r) => `<tr>${row.map((cell) => `<td style="border:1px solid #ddd;padding:6px${r === 0 ? ';background:#f0f9f4' : ''}"><section><span style="font-size:14px">${esc(cell)}</span></section></td>`).join('')}</tr>`);
        return `<section style="overflow-x:auto"><table style="width:100%;border-collapse:collapse"><tbody>${rows.join('')}</tbody></table></section>`;
    }
    // items are paragraphs whose markers the editor typed; bullets are a coloured dot in a flex row
    return b.items
        .map((i) => (i.marker ? `<p style="margin:0 0 10px;line-height:1.75">${spans(itemLine(i))}</p>` : `<section style="display:flex;margin:0 0 10px"><span style="color:#07c160;margin-right:6px">●</span><section>${spans(i.text)}</section></section>`))
        .join('');
}

import { itemLine, type ContentBlock } from '../../demo/article-text.js';
import { esc } from '../../demo/html.js';
import type { ArticlePageData } from '../../demo/templates/index.js';
import { withTables, type ArticleTemplate, type RenderBlock } from './blocks.js';

/** Members of the suite's forum; their profiles carry numbers that are no figures. */
const MEMBERS = [
    { name: '老有所依', posts: 1288, credits: 2360, joined: '2019-3-2', signature: '退休生活,简单就好。' },
    { name: '清风徐来', posts: 312, credits: 845, joined: '2021-7-15', signature: '人生没有白走的路。' },
    { name: '社保小白', posts: 27, credits: 61, joined: '2024-11-8', signature: '多学一点,少跑一趟。' },
];
/** Replies written for the suite: thanks and questions, no figures (a thread's posts are its content). */
const REPLIES = ['感谢楼主分享,说得很清楚,收藏了。', 'mark一下,回头帮我爸查查。', '顶,这种帖子应该置顶。'];
/** A post's text may not hold anything that reads as a figure, or the gold would miss it. */
const FIGURE_LIKE = /[0-9０-９元％%岁歲]|百分之|工作日/;

/**
 * After forum threads: the thread title above a table of posts, each post a row with the member's profile
 * (posts, credits, join date) beside the message; the article is the opening post, continued by its author in a
 * later post from its second half's first heading on; a reply quotes the opening post; every post ends with a
 * signature; the message body is one cell of `<br>`-separated lines.
 */
export const forumTemplate: ArticleTemplate = {
    name: 'forum',
    renderArticle: (d) => {
        const blocks = withTables(d.doc.blocks);
        const cut = continuationAt(blocks);
        const author = MEMBERS[0]!;
        const time = `${d.published ?? '2025-01-01'} 08:${String(10 + (d.ordinal % 50)).padStart(2, '0')}`;
        const posts = [
            post(1, author, time, message(blocks.slice(0, cut))),
            post(2, MEMBERS[1]!, time, `${quote(author.name, time, quotable(d))}${esc(REPLIES[d.ordinal % REPLIES.length]!)}`),
            ...(cut < blocks.length ? [post(3, author, time, `补充一下:<br />\n${message(blocks.slice(cut))}`)] : []),
            post(cut < blocks.length ? 4 : 3, MEMBERS[2]!, time, esc(REPLIES[(d.ordinal + 1) % REPLIES.length]!)),
        ];
        return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(d.doc.title)} - 社保医保 - ${esc(d.siteName)}论坛</title>
</head>
<body>
<div style="background:#f2f2f2;padding:4px"><a href="/login">登录</a> | <a href="/register">立即注册</a> | <a href="javascript:;">快捷导航</a></div>
<div style="padding:8px"><a href="/">论坛</a> › <a href="${esc(d.listHref)}">社保医保</a> › ${esc(d.doc.title)}</div>
<div style="border:1px solid #cdcdcd">
<div style="padding:8px"><span style="color:#999">查看: ${500 + d.ordinal * 31} | 回复: ${posts.length - 1}</span> <span style="font-size:16px;font-weight:bold">${esc(d.doc.title)}</span></div>
${posts.join('\n')}
</div>
<div style="margin-top:12px"><b>相关帖子</b><ul>${d.related.map((t) => `<li><a href="${esc(t.href)}">${esc(t.title)}</a></li>`).join('')}</ul></div>
<form action="/reply" method="post"><textarea name="message"></textarea><button type="submit">发表回复</button></form>
</body>
</html>
`;
    },
};

/** Where the author's second post starts: the first heading of the article's second half (none: no second post). */
function continuationAt(blocks: RenderBlock[]): number {
    const half = Math.floor(blocks.length / 2);
    const at = blocks.findIndex((b, i) => i >= Math.max(half, 1) && b.kind === 'heading');
    return at < 0 ? blocks.length : at;
}

function post(floor: number, member: (typeof MEMBERS)[number], time: string, body: string): string {
    const floorName = floor === 1 ? '楼主' : floor === 2 ? '沙发' : `${floor}#`;
    return `<table width="100%" cellspacing="0" cellpadding="0" style="border-top:4px solid #e5edf2">
<tr>
<td width="160" valign="top" style="background:#e5edf2;padding:8px"><div><img src="/avatar/${esc(member.name)}.png" width="120" alt=""></div><div><a href="/space/${esc(member.name)}">${esc(member.name)}</a></div><dl><dt>帖子</dt><dd>${member.posts}</dd><dt>积分</dt><dd>${member.credits}</dd></dl><p>注册时间 ${member.joined}</p></td>
<td valign="top" style="padding:8px">
<div style="color:#999;border-bottom:1px dashed #ddd">${floorName} <em>发表于 ${esc(time)}</em> | <a href="javascript:;">只看该作者</a></div>
<table cellspacing="0" cellpadding="0"><tr><td style="font-size:14px;line-height:1.8">${body}</td></tr></table>
<div style="border-top:1px dashed #ddd;color:#999;margin-top:16px;padding-top:4px">${esc(member.signature)}</div>
<div style="text-align:right"><a href="javascript:;">回复</a> <a href="javascript:;">举报</a></div>
</td>
</tr>
</table>`;
}

/** The posted message: headings bold, paragraphs and list items as `<br>`-separated lines, tables as tables. */
function message(blocks: RenderBlock[]): string {
    return blocks
        .map((b) => {
            if (b.kind === 'heading') return `<strong>${esc(b.text)}</strong><br />`;
            if (b.kind === 'paragraph') return `${esc(b.text)}<br />\n<br />`;
            if (b.kind === 'table') {
                return `<table border="1" cellspacing="0">${b.rows.map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table><br />`;
            }
            return `${b.items.map((i) => `${esc(i.marker ? itemLine(i) : `·${i.text}`)}<br />`).join('\n')}\n<br />`;
        })
        .join('\n');
}

/** A sentence of the opening post that states nothing countable (else the title), for the reply to quote. */
function quotable(d: ArticlePageData): string {
    const paragraph = d.doc.blocks.find((b): b is Extract<ContentBlock, { kind: 'paragraph' }> => b.kind === 'paragraph' && !FIGURE_LIKE.test(b.text));
    return paragraph ? paragraph.text.slice(0, 40) : d.doc.title;
}

function quote(author: string, time: string, text: string): string {
    return `<div style="background:#f9f9f9;border:1px dashed #ccc;padding:6px"><blockquote><font size="2"><font color="#999999">${esc(author)} 发表于 ${esc(time)}</font></font><br />${esc(text)}…</blockquote></div><br />`;
}

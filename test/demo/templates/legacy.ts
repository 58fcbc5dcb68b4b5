import { itemLine, type ContentBlock } from '../article-text.js';
import { esc } from '../html.js';
import type { Teaser } from '../teasers.js';
import type { ListPageData, SiteTemplate } from './types.js';

/** Old CMSs indent each paragraph with two ideographic spaces. */
const INDENT = '\u3000\u3000';

/**
 * (c) Old-style table layout served as GBK: the body is one `<div>` of `<br>`-separated lines with
 * `<p><strong>` headings; the charset is declared in the Content-Type header on some pages and only in
 * `<meta charset>` on others.
 */
export const legacyTemplate: SiteTemplate = {
    name: 'legacy',
    charset: 'gbk',
    renderArticle: (d) => page(`${d.doc.title}-${d.siteName}`, d.host, d.siteName, d.charsetInHeader, `
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="position" height="30">当前位置:<a href="/">首页</a>&gt;&gt;<a href="${esc(d.listHref)}">${esc(d.siteName)}</a>&gt;&gt;正文</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="700" valign="top">
  <table width="100%" border="0" cellpadding="8" cellspacing="0">
  <tr><td align="center"><h1 style="font-size:20px">${esc(d.doc.title)}</h1></td></tr>
  <tr><td align="center" class="info"><font color="#666666">${d.doc.meta.map(esc).join('&nbsp;&nbsp;')}&nbsp;&nbsp;点击数:${300 + d.ordinal * 11}</font></td></tr>
  <tr><td class="content"><div id="zoom" style="font-size:14px;line-height:200%">
${d.doc.blocks.map(block).join('\n')}
  </div></td></tr>
  <tr><td><font color="#999999">【免责声明】本站转载文章仅为传递信息之目的,不代表本站观点;文中数据仅供参考,请以官方发布为准。</font></td></tr>
  <tr><td>${d.previous ? `上一篇:<a href="${esc(d.previous.href)}">${esc(d.previous.title)}</a><br>` : ''}${d.next ? `下一篇:<a href="${esc(d.next.href)}">${esc(d.next.title)}</a>` : ''}</td></tr>
  </table>
</td>
<td width="10"></td>
<td width="250" valign="top">
  <table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#cccccc">
  <tr><td bgcolor="#eeeeee"><b>相关文章</b></td></tr>
${d.related.map((t) => `  <tr><td>${sideLink(t)}<br><font color="#888888">${esc(t.snippet)}</font></td></tr>`).join('\n')}
  </table>
  <table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#cccccc">
  <tr><td bgcolor="#eeeeee"><b>热点排行</b></td></tr>
  <tr><td>${d.popular.map(sideLink).join('<br>')}</td></tr>
  </table>
</td>
</tr>
</table>`),
    renderList: (d) => page(`${d.siteName}-第${d.page}页`, d.host, d.siteName, d.charsetInHeader, `
<table width="960" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td colspan="2" class="position">当前位置:<a href="/">首页</a>&gt;&gt;${esc(d.siteName)}</td></tr>
${d.items.map((t) => `<tr><td>${sideLink(t)}</td><td width="100" align="right">${esc(t.published ?? '')}</td></tr>`).join('\n')}
<tr><td colspan="2" align="center">${pager(d)}</td></tr>
</table>`),
};

function block(b: ContentBlock): string {
    if (b.kind === 'heading') return `<p><strong>${esc(b.text)}</strong></p>`;
    if (b.kind === 'paragraph') return `${INDENT}${esc(b.text)}<br>`;
    return b.items.map((i) => `${INDENT}${esc(i.marker ? itemLine(i) : `• ${i.text}`)}<br>`).join('\n');
}

function sideLink(t: Teaser): string {
    return `·<a href="${esc(t.href)}" target="_blank">${esc(t.title)}</a>`;
}

function pager(d: ListPageData): string {
    const parts = [`共${d.pageCount}页 第${d.page}页`];
    parts.push(d.page > 1 ? `<a href="${esc(d.pageHref(1))}">首页</a> <a href="${esc(d.pageHref(d.page - 1))}">上一页</a>` : '首页 上一页');
    parts.push(
        d.page < d.pageCount
            ? `<a href="${esc(d.pageHref(d.page + 1))}">下一页</a> <a href="${esc(d.pageHref(d.pageCount))}">尾页</a>`
            : '下一页 尾页',
    );
    return parts.join(' ');
}

function page(title: string, host: string, siteName: string, charsetInHeader: boolean, body: string): string {
    // pages whose header names the charset carry no declaration of their own, so only the header can decode them
    return `<html>
<head>
${charsetInHeader ? '' : '<meta charset="gbk">\n'}<title>${esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0" bgcolor="#ffffff">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80"><a href="/${esc(host)}/"><img src="/images/logo.gif" border="0" alt="${esc(siteName)}"></a></td></tr>
<tr><td bgcolor="#004b97" height="30"><a href="/"><font color="#ffffff">网站首页</font></a> | <a href="/${esc(host)}/"><font color="#ffffff">政策解读</font></a> | <a href="/${esc(host)}/"><font color="#ffffff">办事指南</font></a></td></tr>
</table>
${body}
<table width="960" border="0" align="center" cellpadding="6" cellspacing="0">
<tr><td align="center" bgcolor="#f0f0f0">温馨提示:本站信息仅供参考 | 版权所有:${esc(siteName)} | 备案号:ICP备05000003号</td></tr>
</table>
</body>
</html>
`;
}

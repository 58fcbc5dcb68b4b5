import { itemLine } from '../../demo/article-text.js';
import { esc } from '../../demo/html.js';
import { withTables, type ArticleTemplate, type RenderBlock } from './blocks.js';

/**
 * After government portals: everything in nested layout tables, the title in a bold table cell (no heading
 * element), a metadata table (索引号, 发布机构, 发文字号, dates), headings set in another font inside `<p>`,
 * indented paragraphs, bordered data tables, an attachments list, 相关链接 and a long footer of site identifiers.
 */
export const govPortalTemplate: ArticleTemplate = {
    name: 'gov-portal',
    renderArticle: (d) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="ArticleTitle" content="${esc(d.doc.title)}" />
<meta name="PubDate" content="${esc(d.published ?? '')}" />
<title>${esc(d.doc.title)}</title>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="110" background="/images/banner.jpg"><img src="/images/emblem.png" alt="" /></td></tr>
<tr><td height="40" bgcolor="#1a5aa8"><a href="/"><font color="#ffffff">首页</font></a> <a href="${esc(d.listHref)}"><font color="#ffffff">政务公开</font></a> <a href="${esc(d.listHref)}"><font color="#ffffff">政策文件</font></a> <a href="${esc(d.listHref)}"><font color="#ffffff">政策解读</font></a> <a href="${esc(d.listHref)}"><font color="#ffffff">办事服务</font></a> <a href="${esc(d.listHref)}"><font color="#ffffff">互动交流</font></a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="36">当前位置:<a href="/">首页</a> &gt; <a href="${esc(d.listHref)}">政务公开</a> &gt; <a href="${esc(d.listHref)}">政策解读</a></td></tr>
<tr><td>
<table width="100%" border="1" cellpadding="6" cellspacing="0" bordercolor="#dddddd" bgcolor="#f9f9f9">
<tr><td width="12%">索 引 号:</td><td width="38%">${String(11_000 + d.ordinal).padStart(9, '0')}/2025-${String(d.ordinal + 1).padStart(5, '0')}</td><td width="12%">主题分类:</td><td>社会保障</td></tr>
<tr><td>发布机构:</td><td>${esc(d.siteName)}网站编辑部</td><td>成文日期:</td><td>${esc(d.published ?? '')}</td></tr>
<tr><td>标  题:</td><td colspan="3">${esc(d.doc.title)}</td></tr>
<tr><td>发文字号:</td><td>医保办函〔2025〕${d.ordinal + 3}号</td><td>发布日期:</td><td>${esc(d.published ?? '')}</td></tr>
</table>
</td></tr>
<tr><td align="center" style="padding:24px 0 8px"><font style="font-size:24px;font-weight:bold;color:#c00000">${esc(d.doc.title)}</font></td></tr>
<tr><td align="center" style="color:#666">${d.doc.meta.map(esc).join('&nbsp;&nbsp;')}&nbsp;&nbsp;字号:[<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a>]</td></tr>
<tr><td style="padding:16px 40px;font-size:16px;line-height:2">
${withTables(d.doc.blocks).map(block).join('\n')}
<p style="margin-top:24px">附件:</p>
<p style="text-indent:2em"><a href="/files/${d.ordinal}-1.xls">1.医保个人账户划入标准明细表.xls</a></p>
<p style="text-indent:2em"><a href="/files/${d.ordinal}-2.doc">2.医疗保障关系转移接续申请表.doc</a></p>
</td></tr>
<tr><td align="right" style="padding-right:40px">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td style="padding:16px 40px"><b>相关链接</b><br />${d.related.map((t) => `<a href="${esc(t.href)}">${esc(t.title)}</a>`).join('<br />')}</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="8" cellspacing="0" bgcolor="#1a5aa8">
<tr><td align="center"><font color="#ffffff">主办单位:${esc(d.siteName)}网站编辑部 | 网站标识码:${1_000_000_000 + d.ordinal} | 备案序号:ICP备05012345号-1<br />联系电话:010-12345678 | 建议使用1920×1080分辨率浏览</font></td></tr>
</table>
</body>
</html>
`,
};

function block(b: RenderBlock): string {
    if (b.kind === 'heading') {
        const font = b.level === 1 ? '黑体' : '楷体';
        return `<p style="text-indent:2em"><span style="font-family:${font}">${esc(b.text)}</span></p>`;
    }
    if (b.kind === 'paragraph') return `<p style="text-indent:2em">${esc(b.text)}</p>`;
    if (b.kind === 'table') {
        const rows = b.rows.map((row) => `<tr>${row.map((cell) => `<td valign="middle"><p align="center"><span style="font-size:14px">${esc(cell)}</span></p></td>`).join('')}</tr>`);
        return `<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse">\n${rows.join('\n')}\n</table>`;
    }
    return b.items.map((i) => `<p style="text-indent:2em">${esc(i.marker ? itemLine(i) : `—${i.text}`)}</p>`).join('\n');
}

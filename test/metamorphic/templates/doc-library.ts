import { itemLine } from '../../demo/article-text.js';
import { esc } from '../../demo/html.js';
import { withTables, type ArticleTemplate, type RenderBlock } from './blocks.js';

/** Width of a printed line, in CJK characters (Latin letters and digits count half). */
const LINE_WIDTH = 30;
/** Printed lines per page before the next paragraph starts a new page. */
const LINES_PER_PAGE = 28;
/** Where a line may not break: inside a run of Latin letters or digits. */
const UNBREAKABLE = /[0-9A-Za-z.%~０-９％．]/;
/** Characters that may not start a line, or end one (the usual rules of Chinese typesetting). */
const NO_LINE_START = /[,。、;:?!)」』”’》】,.;:?!)%％]/;
const NO_LINE_END = /[(「『“‘《【(]/;
/** First lines of paragraphs are indented by two ideographic spaces. */
const INDENT = '\u3000\u3000';

/** One line as the viewer prints it (or a whole table), and whether it opens a block (for the page breaks). */
type PrintedLine = { text: string; opensBlock: boolean } | { rows: string[][]; opensBlock: true };

/**
 * After document libraries that show an uploaded file page by page: one `<p>` (or one `<br>`-ended line, on
 * alternate documents) per printed line of fixed width, so sentences break in the middle
 * and paragraphs are only told apart by the indent of their first line; page boxes with page numbers, the file's
 * upload details, and a 相关文档 list of other files with excerpts.
 */
export const docLibraryTemplate: ArticleTemplate = {
    name: 'doc-library',
    renderArticle: (d) => {
        const pages = paginate(withTables(d.doc.blocks).flatMap(printedLines));
        const asParagraphs = d.ordinal % 2 === 0;
        return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(d.doc.title)}.doc - ${esc(d.siteName)}文库</title>
</head>
<body>
<div style="height:56px;border-bottom:1px solid #eee"><a href="/">${esc(d.siteName)}文库</a> <form action="/search" style="display:inline"><input name="q" placeholder="搜索文档"><button>搜索</button></form> <a href="/upload">上传文档</a> <a href="/login">登录</a></div>
<div style="width:860px;margin:0 auto">
<div style="padding:16px 0"><b style="font-size:20px">${esc(d.doc.title)}.doc</b><br><span style="color:#999">上传者:用户${(d.ordinal * 7919) % 100_000} · ${pages.length}页 · 阅读${200 + d.ordinal * 13}次 · 下载积分:2 · 评分4.5</span></div>
${pages
    .map(
        (lines, p) => `<div style="background:#fff;box-shadow:0 0 4px #ccc;padding:60px 72px;margin-bottom:16px;font-family:SimSun;font-size:16px;line-height:28px">
${lines.map((l) => ('rows' in l ? table(l.rows) : asParagraphs ? `<p style="margin:0">${esc(l.text)}</p>` : `${esc(l.text)}<br>`)).join('\n')}
<div style="text-align:center;color:#999;font-size:12px">- ${p + 1} -</div>
</div>`,
    )
    .join('\n')}
<div style="padding:12px;background:#f5f5f5">本文档由用户上传,仅供学习参考 · <a href="javascript:void(0)">免费下载</a> · <a href="javascript:void(0)">收藏</a> · <a href="javascript:void(0)">举报</a></div>
<div style="margin-top:24px"><b>相关文档</b>
${d.related.map((t) => `<div style="margin-top:8px"><a href="${esc(t.href)}">${esc(t.title)}.doc</a><div style="color:#666;font-size:13px">${esc(t.snippet)}</div><span style="color:#999">3页</span></div>`).join('\n')}
</div>
</div>
</body>
</html>
`;
    },
};

/** A block as printed lines: headings on a line of their own, tables whole. */
function printedLines(b: RenderBlock): PrintedLine[] {
    if (b.kind === 'heading') return [{ text: b.text, opensBlock: true }];
    if (b.kind === 'paragraph') return flow(INDENT + b.text);
    if (b.kind === 'table') return [{ rows: b.rows, opensBlock: true }];
    return b.items.flatMap((i) => flow(i.marker ? itemLine(i) : `• ${i.text}`));
}

function table(rows: string[][]): string {
    return `<table border="1" cellspacing="0" style="border-collapse:collapse;margin:8px 0">${rows.map((row) => `<tr>${row.map((cell) => `<td style="padding:2px 8px">${esc(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
}

const widthOf = (ch: string) => (/[\u0020-\u007e]/.test(ch) ? 0.5 : 1);

/** Fills lines of {@link LINE_WIDTH}, breaking anywhere a typesetter may (never inside a number). */
function flow(text: string): PrintedLine[] {
    const chars = [...text];
    const lines: PrintedLine[] = [];
    let start = 0;
    while (start < chars.length) {
        let end = start;
        let width = 0;
        while (end < chars.length && width + widthOf(chars[end]!) <= LINE_WIDTH) width += widthOf(chars[end++]!);
        if (end < chars.length) end = breakBefore(chars, start, end);
        lines.push({ text: chars.slice(start, end).join(''), opensBlock: lines.length === 0 });
        start = end;
    }
    return lines;
}

/** The latest break at or before `end` that splits no number and leaves no punctuation stranded. */
function breakBefore(chars: string[], start: number, end: number): number {
    for (let at = end; at > start + 1; at--) {
        const before = chars[at - 1]!;
        const after = chars[at]!;
        if (UNBREAKABLE.test(before) && UNBREAKABLE.test(after)) continue;
        if (NO_LINE_START.test(after) || NO_LINE_END.test(before)) continue;
        return at;
    }
    return end;
}

/** Pages of about {@link LINES_PER_PAGE} lines; a page ends where a block starts, so no sentence spans a page number. */
function paginate(lines: PrintedLine[]): PrintedLine[][] {
    const pages: PrintedLine[][] = [[]];
    for (const line of lines) {
        if (line.opensBlock && pages.at(-1)!.length >= LINES_PER_PAGE) pages.push([]);
        pages.at(-1)!.push(line);
    }
    return pages;
}

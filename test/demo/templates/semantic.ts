import type { ContentBlock } from '../article-text.js';
import { esc } from '../html.js';
import { findDate } from '../site-plan.js';
import type { Teaser } from '../teasers.js';
import type { SiteTemplate } from './types.js';

/**
 * Readers' comments, written for the demo: each carries a figure, so an extractor that reads the comments
 * section as body reports numbers no article states.
 */
const COMMENTS: readonly { user: string; text: string }[] = [
    { user: '老张退休了', text: '我们这里退休的每月到账才68元,跟文章说的差不少。' },
    { user: '云淡风轻', text: '去年划入比例还是2%,今年听说调到2.2%了,有人知道吗?' },
    { user: '社区网格员小李', text: '帮我妈查了一下,75岁以上每月多划了15元。' },
    { user: '匿名用户', text: '转移医保关系等了20个工作日才办完,比说的慢。' },
    { user: '晚霞', text: '单位上班的时候每月进账180元左右,退休后反而少了。' },
];
const COMMENTS_PER_PAGE = 2;

/**
 * (b) Semantic HTML5: `<article>` with `<h2>`/`<h3>` headings and real `<ul>`/`<ol>` lists, an `<aside>` of
 * related articles, a readers' comments section and `<footer>`s with 免责声明.
 */
export const semanticTemplate: SiteTemplate = {
    name: 'semantic',
    charset: 'utf-8',
    renderArticle: (d) => page(`${d.doc.title} - ${d.siteName}`, d.host, d.siteName, d.published, `
<nav class="breadcrumb" aria-label="面包屑"><ol><li><a href="/">首页</a></li><li><a href="${esc(d.listHref)}">${esc(d.siteName)}</a></li><li aria-current="page">正文</li></ol></nav>
<div class="layout">
<main>
  <article class="post">
    <header class="post-header">
      <h1>${esc(d.doc.title)}</h1>
${d.doc.meta.map((m) => `      <p class="byline">${byline(m)}</p>`).join('\n')}
    </header>
    <div class="post-body">
${d.doc.blocks.map(block).join('\n')}
    </div>
    <footer class="post-footer">
      <p class="disclaimer">免责声明:本文由网友整理发布,内容仅供参考,不构成任何建议;请以当地医保部门公布的政策为准。</p>
      <p class="tags">标签:<a href="${esc(d.listHref)}">医保</a> <a href="${esc(d.listHref)}">个人账户</a></p>
    </footer>
  </article>
  <section class="comments" id="comments">
    <h2>网友评论</h2>
    <ol>
${pickComments(d.ordinal).map((c) => `      <li><article class="comment"><header><b>${esc(c.user)}</b></header><p>${esc(c.text)}</p></article></li>`).join('\n')}
    </ol>
    <form class="comment-form" action="/${esc(d.host)}/comment" method="post"><textarea name="body" placeholder="说点什么…"></textarea><button>发表评论</button></form>
  </section>
</main>
<aside class="sidebar">
  <section class="related"><h2>相关推荐</h2><ul>
${d.related.map(card).join('\n')}
  </ul></section>
  <section class="popular"><h2>热门文章</h2><ol>
${d.popular.map((t) => `<li><a href="${esc(t.href)}">${esc(t.title)}</a></li>`).join('\n')}
  </ol></section>
</aside>
</div>`),
    renderList: (d) => page(`${d.siteName}(第${d.page}页)`, d.host, d.siteName, null, `
<main class="list">
  <h1>${esc(d.siteName)}</h1>
${d.items.map((t) => `  <article class="card"><h2><a href="${esc(t.href)}">${esc(t.title)}</a></h2><p>${esc(t.snippet)}</p>${t.published ? `<time datetime="${t.published}">${t.published}</time>` : ''}</article>`).join('\n')}
  <nav class="pagination" aria-label="分页">
    ${d.page > 1 ? `<a rel="prev" href="${esc(d.pageHref(d.page - 1))}">上一页</a>` : ''}
    <span>${d.page} / ${d.pageCount}</span>
    ${d.page < d.pageCount ? `<a rel="next" href="${esc(d.pageHref(d.page + 1))}">下一页</a>` : ''}
  </nav>
</main>`),
};

function block(b: ContentBlock): string {
    if (b.kind === 'heading') return b.level === 1 ? `<h2>${esc(b.text)}</h2>` : `<h3>${esc(b.text)}</h3>`;
    if (b.kind === 'paragraph') return `<p>${esc(b.text)}</p>`;
    // the list element numbers the items, so the typed markers go
    const tag = b.ordered ? 'ol' : 'ul';
    return `<${tag}>\n${b.items.map((i) => `  <li>${esc(i.text)}</li>`).join('\n')}\n</${tag}>`;
}

/** The date/source line with its date wrapped in `<time>`; the visible text is unchanged. */
function byline(line: string): string {
    const date = findDate(line);
    const m = /(20\d{2})[-/年.](\d{1,2})[-/月.](\d{1,2})日?/.exec(line);
    if (!date || !m) return esc(line);
    const end = m.index + m[0].length;
    return `${esc(line.slice(0, m.index))}<time datetime="${date}">${esc(m[0])}</time>${esc(line.slice(end))}`;
}

function card(t: Teaser): string {
    return `<li class="card"><a href="${esc(t.href)}"><h3>${esc(t.title)}</h3></a><p>${esc(t.snippet)}</p></li>`;
}

function pickComments(ordinal: number): (typeof COMMENTS)[number][] {
    return Array.from({ length: COMMENTS_PER_PAGE }, (_, i) => COMMENTS[(ordinal + i) % COMMENTS.length]!);
}

function page(title: string, host: string, siteName: string, published: string | null, body: string): string {
    return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
${published ? `<meta property="article:published_time" content="${published}">` : ''}
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site-header">
  <a class="brand" href="/${esc(host)}/">${esc(siteName)}</a>
  <nav aria-label="主导航"><ul><li><a href="/">首页</a></li><li><a href="/${esc(host)}/">医保问答</a></li><li><a href="/${esc(host)}/">社保政策</a></li></ul></nav>
</header>
${body}
<footer class="site-footer">
  <p>温馨提示:本站内容整理自网络公开信息,仅供参考。</p>
  <p>© 2025 ${esc(siteName)} · 备案号:沪ICP备20000002号</p>
</footer>
</body>
</html>
`;
}

import { itemLine, type ContentBlock } from '../article-text.js';
import { esc } from '../html.js';
import type { Teaser } from '../teasers.js';
import type { ListPageData, SiteTemplate } from './types.js';

/**
 * (a) Classic portal: top bar, nav, breadcrumbs, `<div>` soup around `<p>`s, a "热门文章" sidebar, a "相关推荐"
 * block with snippets of other articles, and a footer with 声明 and 备案号.
 */
export const portalTemplate: SiteTemplate = {
    name: 'portal',
    charset: 'utf-8',
    renderArticle: (d) => page(`${d.doc.title}_${d.siteName}`, d.host, d.siteName, `
<div class="main wrap clearfix">
  <div class="left">
    <div class="crumbs">当前位置:<a href="/">首页</a> &gt; <a href="${esc(d.listHref)}">${esc(d.siteName)}</a> &gt; 正文</div>
    <div class="art-box">
      <div class="art-title"><h1>${esc(d.doc.title)}</h1></div>
      <div class="art-info">${d.doc.meta.map((m) => `<span>${esc(m)}</span>`).join(' ')}<span class="views">阅读量:${1000 + d.ordinal * 37}</span></div>
      <div class="art-con" id="artContent">
${d.doc.blocks.map(block).join('\n')}
      </div>
      <div class="art-tips"><p>温馨提示:本站文章仅供参考,政策以各地医保部门最新公布为准。</p></div>
      <div class="share">分享到:<a href="javascript:void(0)">微信</a> <a href="javascript:void(0)">微博</a> <a href="mailto:?subject=share">邮件</a></div>
      <div class="pre-next">
        ${d.previous ? `<p>上一篇:<a href="${esc(d.previous.href)}">${esc(d.previous.title)}</a></p>` : ''}
        ${d.next ? `<p>下一篇:<a href="${esc(d.next.href)}">${esc(d.next.title)}</a></p>` : ''}
      </div>
    </div>
    <div class="related-box">
      <div class="hd"><span>相关推荐</span></div>
      <div class="bd"><ul>
${d.related.map(teaserItem).join('\n')}
      </ul></div>
    </div>
  </div>
  <div class="right">
    <div class="side-box hot"><div class="hd">热门文章</div><ol>
${d.popular.map((t) => `<li><a href="${esc(t.href)}" title="${esc(t.title)}">${esc(t.title)}</a></li>`).join('\n')}
    </ol></div>
    <div class="side-box ad"><img src="/static/ad-300x250.jpg" alt="广告"></div>
  </div>
</div>`),
    renderList: (d) => page(`${d.siteName}_第${d.page}页`, d.host, d.siteName, `
<div class="main wrap">
  <div class="crumbs">当前位置:<a href="/">首页</a> &gt; ${esc(d.siteName)}</div>
  <div class="list-box"><ul class="news-list">
${d.items.map(teaserItem).join('\n')}
  </ul></div>
  <div class="pages">${pager(d)}</div>
</div>`),
};

function block(b: ContentBlock): string {
    if (b.kind === 'heading') return b.level === 1 ? `<h3>${esc(b.text)}</h3>` : `<h4>${esc(b.text)}</h4>`;
    if (b.kind === 'paragraph') return `<p>${esc(b.text)}</p>`;
    // editors type the numbers themselves, so the items keep them
    return `<ul class="${b.ordered ? 'num' : 'dot'}">${b.items.map((i) => `<li>${esc(itemLine(i))}</li>`).join('')}</ul>`;
}

function teaserItem(t: Teaser): string {
    return `<li><div class="tit"><a href="${esc(t.href)}">${esc(t.title)}</a></div><div class="desc">${esc(t.snippet)}</div><span class="time">${esc(t.published ?? '')}</span></li>`;
}

function pager(d: ListPageData): string {
    const links = Array.from({ length: d.pageCount }, (_, i) => i + 1).map((n) =>
        n === d.page ? `<span class="cur">${n}</span>` : `<a href="${esc(d.pageHref(n))}">${n}</a>`,
    );
    if (d.page < d.pageCount) links.push(`<a href="${esc(d.pageHref(d.page + 1))}">下一页</a>`);
    return links.join(' ');
}

function page(title: string, host: string, siteName: string, main: string): string {
    return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<meta name="keywords" content="医保,社保,养老金,医保个人账户">
<link rel="stylesheet" href="/static/portal.css">
<script src="/static/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap"><a href="/">网站首页</a> | <a href="/${esc(host)}/">${esc(siteName)}</a><span class="login"><a href="javascript:login()">登录</a> <a href="javascript:reg()">注册</a></span></div></div>
<div class="header wrap"><div class="logo"><a href="/${esc(host)}/"><img src="/static/logo.png" alt="${esc(siteName)}"></a></div>
  <div class="nav"><ul><li><a href="/${esc(host)}/">首页</a></li><li><a href="/${esc(host)}/">医保</a></li><li><a href="/${esc(host)}/">社保</a></li><li><a href="/${esc(host)}/">养老</a></li><li><a href="/${esc(host)}/">问答</a></li></ul></div>
</div>
${main}
<div class="footer">
  <div class="links"><a href="/${esc(host)}/">关于我们</a> | <a href="/${esc(host)}/">联系我们</a> | <a href="/${esc(host)}/">免责声明</a></div>
  <p>声明:本站部分内容来源于网络,仅供学习交流,不代表本站观点;如有侵权请联系删除。</p>
  <p>Copyright © 2018-2025 ${esc(siteName)} 版权所有 备案号:京ICP备18000001号-2</p>
</div>
</body>
</html>
`;
}

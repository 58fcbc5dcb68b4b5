/**
 * What marks page furniture, as data. Tag names and ARIA roles are strong signals; words in class and id
 * are weak ones (they lower a block's score and let it be skipped inside the article, never more).
 */

/** Never text: removed before anything is measured. */
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
    'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio',
    'map', 'head', 'link', 'meta', 'select', 'option', 'textarea', 'input', 'button',
]);

/**
 * A notice that the page itself is no longer in force (`【已废止】`, `本文已失效`, `本文件已于某日废止`). A notice that
 * the page was updated, or that the page repeals some older rule (`原办法同时废止`), is none.
 */
/** The words any such notice holds: a page without them needs no walk for one. */
export const REPEAL_WORDS: readonly string[] = ['失效', '废止', '作废', '停止执行'];
export const REPEALED_PAGE_NOTICE =
    /本(?:文件?|页|篇)(?:内容)?(?:已|现已)(?:于[^，,。；;]{0,16})?(?:失效|废止|作废|停止执行)|[【\[](?:本文)?已(?:失效|废止|作废)[】\]]/;

/** A number with the units the claims are about: money, rates, ages, days. */
export const FIGURE_STATEMENT = /[\d０-９]\s*(?:万?元|块|[%％]|周?岁|个?(?:工作|自然)日|天)/;
/** An amount written in Chinese numerals (`九十二元`, `七十八块钱`): a figure as telling as one in digits. */
export const WRITTEN_AMOUNT = /[一二两三四五六七八九十百千]{2,}\s*(?:元|块)/;

/**
 * Page furniture by tag: navigation, sidebars, footers, page headers, forms, and pictures with their captions
 * (a `<figure>` holding a table is the exception, see dom-stats).
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu', 'figure', 'figcaption']);

/** Page furniture by ARIA role. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
    'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'dialog',
]);

/** Class/id words of page furniture (matched as whole words of `related-list`, `sideBar`, `hot_news`). */
export const FURNITURE_CLASS_WORDS: ReadonlySet<string> = new Set([
    'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'sidebar', 'side',
    'aside', 'footer', 'foot', 'header', 'head', 'comment', 'comments', 'reply', 'related', 'relate', 'relevant',
    'recommend', 'recommended', 'recommends', 'recom', 'hot', 'hots', 'rank', 'ranking', 'top10', 'share',
    'social', 'ad', 'ads', 'advert', 'advertisement', 'banner', 'promo', 'sponsor', 'copyright', 'pager',
    'pagination', 'prevnext', 'widget', 'popup', 'modal', 'login', 'search', 'toolbar', 'topbar', 'friendlink',
    'links', 'tags', 'guess', 'more',
]);

/** Class/id words of reader comments: prose that is never the article, however long. */
export const COMMENT_CLASS_WORDS: ReadonlySet<string> = new Set([
    'comment', 'comments', 'commentlist', 'replies', 'disqus', 'pinglun',
]);

/**
 * Class/id words of a reply (`reply`, `huifu`): furniture on a page of comments, but the answer itself on a page
 * that prints one letter or question and its single reply.
 */
export const REPLY_CLASS_WORDS: ReadonlySet<string> = new Set(['reply', 'huifu', 'dafu', 'answer']);

/** Class/id words of an article body. */
export const CONTENT_CLASS_WORDS: ReadonlySet<string> = new Set([
    'article', 'artical', 'arc', 'content', 'contents', 'post', 'entry', 'main', 'text', 'body', 'detail',
    'details', 'story', 'read', 'zw', 'zhengwen', 'neirong',
]);

/**
 * Headings that open a block of other articles or of comments (`相关推荐`, `猜你喜欢 >>`): the block is never
 * this page's text. Matched at the start of a short line.
 */
export const FOREIGN_BLOCK_HEADINGS: readonly string[] = [
    '相关推荐', '相关阅读', '相关文章', '相关文档', '相关资料', '相关内容', '相关新闻', '相关资讯', '相关链接', '相关搜索',
    '猜你喜欢', '猜你想看', '你可能还喜欢', '您可能感兴趣', '你可能感兴趣', '可能感兴趣',
    '热门文章', '热门推荐', '热门阅读', '热门资讯', '热门问答', '热门标签', '热点推荐', '热点文章', '热文推荐',
    '推荐阅读', '推荐文章', '延伸阅读', '扩展阅读', '拓展阅读', '精彩推荐', '精彩阅读', '为你推荐', '为您推荐',
    '大家都在看', '大家还在看', '网友还看了', '看了又看', '其他人还看了', '更多推荐', '更多相关', '更多文章',
    '最新文章', '最新发布', '最新资讯', '最新推荐', '最新问答', '阅读排行', '点击排行', '排行榜', '本周热门',
    '本月热门', '24小时热文', '友情链接',
    '往期推荐', '往期回顾', '往期精选', '往期文章', '历史文章', '精彩回顾', '近期文章', '近期热文',
    '相关问题', '相关问答', '相关帖子', '相关话题', '相关专题', '其他问题', '推荐帖子', '热门帖子', '热门话题',
    // an e-paper's or a news site's list of the other stories of the issue, the page or the subject
    '本版其他', '本版文章', '本版导读', '本版新闻', '本期导读', '本期其他', '本期文章', '同版文章', '同版其他', '同期文章',
    '其他文章', '相关报道', '相关稿件', '上下篇',
    '网友评论', '发表评论', '全部评论', '评论区', '热门评论', '最新评论', '我要评论', '用户评论', '精彩评论', '评论列表',
    '精选评论', '精选留言', '全部留言', '热门留言', '最新留言', '读者留言', '留言区', '写留言',
];

/**
 * Words that open a block of comments only when they are the whole line (`留言`, `评论 (12)`): as the start of a
 * longer line they may begin a subheading of the article (`留言办理流程`).
 */
export const BARE_FOREIGN_BLOCK_HEADINGS: readonly string[] = ['留言', '评论', '跟帖', '回帖'];

/** Longest line, in characters, that can be such a block heading (`相关推荐 更多>>`). */
export const MAX_FOREIGN_HEADING_CHARS = 16;

/**
 * Lines that are the site talking, not the article: notices, disclaimers, copyright and licence lines (markers
 * are matched ignoring case). They stay in the text (an article may end with one) but do not make a page an
 * article.
 */
export const BOILERPLATE_LINE_PREFIXES: readonly string[] = [
    '温馨提示', '友情提示', '特别提示', '免责声明', '特别声明', '版权声明', '郑重声明', '声明:', '声明：',
];
export const BOILERPLATE_LINE_MARKERS: readonly string[] = [
    '版权所有', 'copyright', '©', 'ICP备', 'ICP证', '备案号', '公网安备', '不代表本站观点', '仅代表网友个人观点',
    '仅代表作者个人观点', '如有侵权', '请联系删除', '转载请注明',
];

/**
 * The site software's stamp in a footer: the time the page took to build, its database queries, its maker
 * (`技术支持：…`, `Powered by …` with a version). Asked only of lines holding one of `SOFTWARE_STAMP_HINTS`.
 */
export const SOFTWARE_STAMP = new RegExp(
    [
        '(?:processed|generated|executed|rendered|created) in\\s*[\\d.]+\\s*(?:s\\b|sec)',
        '\\d+\\s*(?:database )?queries\\b',
        '(?:页面|网页|本页)(?:执行|生成|加载|运行)(?:时间|耗时|用时)',
        '(?:执行|运行)(?:时间|耗时)\\s*[:：]?\\s*[\\d.]+\\s*(?:秒|毫秒|ms\\b|s\\b)',
        '技术支持\\s*[:：]',
        'powered by\\s+[\\w!-]+\\s*(?:[vV]?\\d|$)',
    ].join('|'),
    'i',
);
export const SOFTWARE_STAMP_HINTS: readonly string[] = ['sec', 'quer', '时间', '耗时', '用时', '技术支持', 'owered'];

/** Lines that link to the neighbouring articles. */
export const NEIGHBOUR_LINK_PREFIXES: readonly string[] = ['上一篇', '下一篇', '上一条', '下一条', '上一页', '下一页'];

/** Block-level tags: they end a line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
    'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
    'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
    'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Blocks that are one paragraph of text: their score goes to the element that holds them. */
export const PARAGRAPH_TAGS: ReadonlySet<string> = new Set([
    'p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figcaption', 'td', 'th',
    'caption', 'summary',
]);

/** Blocks that hold only phrasing: a block found inside one got there through a tag left open. */
export const PHRASING_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Wrappers between a paragraph and its real holder (`li` → `ul` → the holder). */
export const LIST_WRAPPER_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tfoot', 'tr']);

/** Headings by tag. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Inline tags whose text is bold: a line of only bold text is a heading. */
export const BOLD_TAGS: ReadonlySet<string> = new Set(['strong', 'b']);

/** Characters that mark running prose (a paragraph has them, a menu has not). */
export const PROSE_PUNCTUATION = '，。；：！？、,;!?“”';

import type { ArticleDocument } from '../article-text.js';
import type { Article } from '../corpus.js';
import type { Teaser } from '../teasers.js';
import type { TemplateName } from '../site-plan.js';

/** Everything a template needs to render one article page. */
export interface ArticlePageData {
    article: Article;
    doc: ArticleDocument;
    host: string;
    /** Short display name of the site, derived from the host. */
    siteName: string;
    /** `YYYY-MM-DD` from the date line, when there is one. */
    published: string | null;
    /** Path of the host's first list page. */
    listHref: string;
    /** Other articles with figure-bearing snippets (the "相关推荐" block). */
    related: Teaser[];
    /** Titles for the "热门文章" sidebar. */
    popular: Teaser[];
    /** Neighbouring articles of the same host. */
    previous: Teaser | null;
    next: Teaser | null;
    /** Position of the article on its host, for deterministic variety (comments, charset declaration). */
    ordinal: number;
    /** GBK pages only: declare the charset in the Content-Type header (true) or only in `<meta charset>`. */
    charsetInHeader: boolean;
}

/** One page of a host's article list. */
export interface ListPageData {
    host: string;
    siteName: string;
    page: number;
    pageCount: number;
    items: Teaser[];
    /** Path of list page `n`. */
    pageHref(n: number): string;
    charsetInHeader: boolean;
}

/** A way of building pages: markup and encoding differ, the article text does not. */
export interface SiteTemplate {
    name: TemplateName;
    charset: 'utf-8' | 'gbk';
    renderArticle(data: ArticlePageData): string;
    renderList(data: ListPageData): string;
}

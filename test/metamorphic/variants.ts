/**
 * The metamorphic variants of the dev corpus: every dev page in each of seven page templates (the demo's three
 * and four of the suite's own), and in six rewrites that keep its claims, each rewritten page rendered in the
 * template the demo site gives its host (so a rewrite's score moves with the rewrite alone). A variant is a set of pages with the dev pages' URLs, so the dev gold scores it as it stands
 * (the scorer matches on metric, region, ages and value, never on the quote).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleText, type ArticleDocument } from '../demo/article-text.js';
import type { Article } from '../demo/corpus.js';
import { siteName } from '../demo/server.js';
import { findDate, listPath, templateFor } from '../demo/site-plan.js';
import { relatedTo, teaserOf, type Teaser } from '../demo/teasers.js';
import { TEMPLATES } from '../demo/templates/index.js';
import { REWRITES, type Rewrite } from './rewrites.js';
import type { ArticleTemplate } from './templates/blocks.js';
import { docLibraryTemplate } from './templates/doc-library.js';
import { forumTemplate } from './templates/forum.js';
import { govPortalTemplate } from './templates/gov-portal.js';
import { wechatTemplate } from './templates/wechat.js';

export const DEV_DIR = fileURLToPath(new URL('../demo/corpus/dev/', import.meta.url));

/** Every template a variant page may be rendered in: the demo's three, then the suite's four. */
export const ALL_TEMPLATES: readonly ArticleTemplate[] = [
    TEMPLATES.portal,
    TEMPLATES.semantic,
    TEMPLATES.legacy,
    wechatTemplate,
    govPortalTemplate,
    docLibraryTemplate,
    forumTemplate,
];

const RELATED_COUNT = 4;
const POPULAR_COUNT = 6;

/** One rendered page of a variant. */
export interface VariantPage {
    url: string;
    html: string;
}

export interface Variant {
    /** `template.<name>` or `rewrite.<name>`. */
    name: string;
    pages: VariantPage[];
    /** Pages whose text the rewrite changed (all of them for a template variant). */
    changed: number;
}

/** The dev articles, sorted by file name. */
export function loadDevArticles(): Article[] {
    return readdirSync(DEV_DIR)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => JSON.parse(readFileSync(join(DEV_DIR, name), 'utf8')) as Article);
}

interface PreparedArticle {
    article: Article;
    doc: ArticleDocument;
}

/** Renders each article in the template `templateOf` picks, with related and popular articles of the same set. */
function renderAll(prepared: PreparedArticle[], templateOf: (index: number) => ArticleTemplate, teaserText?: (text: string) => string): VariantPage[] {
    const articles = prepared.map((p) => p.article);
    const retext = (t: Teaser): Teaser => (teaserText ? { ...t, title: teaserText(t.title), snippet: teaserText(t.snippet) } : t);
    const teaser = (a: Article) => retext(teaserOf(a));
    return prepared.map(({ article, doc }, i) => {
        const host = new URL(article.url).host;
        const siblings = articles.filter((a) => new URL(a.url).host === host);
        const ordinal = siblings.indexOf(article);
        const html = templateOf(i).renderArticle({
            article,
            doc,
            host,
            siteName: siteName(host),
            published: findDate(doc.meta.join(' ')) ?? findDate(article.text),
            listHref: listPath(host),
            related: relatedTo(article, articles, RELATED_COUNT).map(retext),
            popular: articles.filter((a) => a !== article).slice(0, POPULAR_COUNT).map(teaser),
            previous: siblings[ordinal - 1] ? teaser(siblings[ordinal - 1]!) : null,
            next: siblings[ordinal + 1] ? teaser(siblings[ordinal + 1]!) : null,
            ordinal,
            charsetInHeader: true,
        });
        return { url: article.url, html };
    });
}

function rewriteVariant(rewrite: Rewrite, articles: Article[]): Variant {
    let changed = 0;
    const prepared = articles.map((article) => {
        const original = parseArticleText(article.text, article.title);
        const doc = rewrite.document(original);
        if (JSON.stringify(doc) !== JSON.stringify(original)) changed++;
        return { article, doc };
    });
    const demoTemplate = (i: number) => TEMPLATES[templateFor(new URL(articles[i]!.url).host)];
    return { name: `rewrite.${rewrite.name}`, pages: renderAll(prepared, demoTemplate, rewrite.text), changed };
}

/** Every variant of the dev corpus, templates first. */
export function buildVariants(articles: Article[] = loadDevArticles()): Variant[] {
    const prepared = articles.map((article) => ({ article, doc: parseArticleText(article.text, article.title) }));
    return [
        ...ALL_TEMPLATES.map((template) => ({ name: `template.${template.name}`, pages: renderAll(prepared, () => template), changed: articles.length })),
        ...REWRITES.map((rewrite) => rewriteVariant(rewrite, articles)),
    ];
}

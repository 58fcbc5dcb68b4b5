import type { Article } from './corpus.js';
import { articlePath, findDate } from './site-plan.js';

/** A link to another article as list pages and "相关推荐" blocks show it. */
export interface Teaser {
    href: string;
    title: string;
    /** About 60 characters of the article's body, chosen to contain a figure when it has one. */
    snippet: string;
    published: string | null;
}

/** A figure a claim could be read from: money, a percentage, a number of working days. */
const FIGURE = /\d+(?:\.\d+)?\s*(?:元|%|个工作日)/;
const SNIPPET_CHARS = 60;
/** Characters of context kept before the figure when the sentence is longer than a snippet. */
const LEAD_CHARS = 20;

/** Builds the teaser of an article; the snippet is cut from its first sentence that carries a figure. */
export function teaserOf(article: Article): Teaser {
    const body = article.text.split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
    const sentences = body.flatMap((line) => line.split(/(?<=[。！？!?])/));
    const withFigure = sentences.find((s) => FIGURE.test(s));
    let snippet = withFigure ?? sentences.find((s) => s.length > 20) ?? article.title;
    const at = withFigure ? withFigure.search(FIGURE) : 0;
    if (snippet.length > SNIPPET_CHARS) {
        const start = at > SNIPPET_CHARS - LEAD_CHARS ? at - LEAD_CHARS : 0;
        snippet = `${snippet.slice(start, start + SNIPPET_CHARS)}…`;
    }
    return { href: articlePath(article), title: article.title, snippet, published: findDate(article.text) };
}

/**
 * The `count` articles after `self` in corpus order (wrapping round), preferring ones whose snippet carries a
 * figure, so a body extractor that keeps the related block picks up another article's numbers.
 */
export function relatedTo(self: Article, all: readonly Article[], count: number): Teaser[] {
    const start = all.indexOf(self);
    const others = [...all.slice(start + 1), ...all.slice(0, Math.max(start, 0))].filter((a) => a.id !== self.id);
    const teasers = others.map(teaserOf);
    const withFigures = teasers.filter((t) => FIGURE.test(t.snippet));
    return [...withFigures, ...teasers.filter((t) => !FIGURE.test(t.snippet))].slice(0, count);
}

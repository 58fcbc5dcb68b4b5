import { createHash } from 'node:crypto';
import type { Article } from './corpus.js';

/** The three differently built page templates of the demo web. */
export const TEMPLATE_NAMES = ['portal', 'semantic', 'legacy'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/**
 * Which template each corpus host is rendered with. The demo site definitions in `crawlers/demo-*.ts` list the
 * same hosts; `test/unit/demo/site-definitions.test.ts` keeps the two in step.
 */
export const TEMPLATE_HOSTS: Readonly<Record<TemplateName, readonly string[]>> = {
    portal: ['m.health.example', 'news.portal.example', 'www.policy-digest.example', 'www.yibao-news.example'],
    semantic: ['m.jiankang-news.example', 'wenda.shebao365.example', 'www.shebao.example', 'www.yibaozhishi.example'],
    legacy: [
        'news.cityportal.example',
        'www.laonian-fuli.example',
        'www.shebaotong.example',
        'zhidao.baoxianwang.example',
    ],
};

/** Articles per list page. */
export const PAGE_SIZE = 5;

/** The template a host is rendered with: the table above, else a stable hash (hosts of caller-supplied articles). */
export function templateFor(host: string): TemplateName {
    const listed = TEMPLATE_NAMES.find((name) => TEMPLATE_HOSTS[name].includes(host));
    if (listed) return listed;
    return TEMPLATE_NAMES[createHash('sha1').update(host).digest()[0]! % TEMPLATE_NAMES.length]!;
}

/** Where the demo serves an article: `/<original host><original path>`. */
export function articlePath(article: Pick<Article, 'url'>): string {
    const url = new URL(article.url);
    return `/${url.host}${url.pathname}`;
}

/** A host's list page: page 1 is `/<host>/`, later pages `/<host>/list/N`. */
export function listPath(host: string, page = 1): string {
    return page === 1 ? `/${host}/` : `/${host}/list/${page}`;
}

/** `YYYY-MM-DD` from the first date written in `text` (`2025-09-17 08:12`, `2025年6月3日`, `(2025/04/18)`). */
export function findDate(text: string): string | null {
    const m = /(20\d{2})[-/年.](\d{1,2})[-/月.](\d{1,2})/.exec(text);
    return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

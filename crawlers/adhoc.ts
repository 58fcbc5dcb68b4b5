import { defineSite, type SiteDefinition } from './define-site.js';

/** Paths of files that are not web pages: images, styles, scripts, documents, archives, media. */
const NON_PAGE_EXTENSIONS = [
    ...['jpe?g', 'png', 'gif', 'webp', 'svg', 'ico', 'bmp'],
    ...['css', 'js', 'mjs', 'json', 'xml', 'txt'],
    ...['pdf', 'docx?', 'xlsx?', 'pptx?'],
    ...['zip', 'rar', '7z', 'gz', 'tar', 'apk', 'exe'],
    ...['mp3', 'mp4', 'avi', 'mov'],
];
const NON_PAGE_PATH = new RegExp(`\\.(?:${NON_PAGE_EXTENSIONS.join('|')})$`, 'i');

/**
 * Paths of list and index pages: the site root, a directory, a numbered list or index page. Everything else
 * may be an article.
 */
const LIST_PATH = /(?:^\/$|\/$|\/(?:list|index|page)(?:[_/-]\d+)?(?:\.s?html?|\.php|\.aspx?)?$)/i;
/**
 * Static site generators write each post as the `index.html` of its own directory, named by a dated path or a slug
 * of words (`/posts/2025/some-post-title/index.html`): such an index is a post, not a list.
 */
const POST_INDEX_PATH = /(?:\/(?:19|20)\d{2}\/(?:[^/]+\/)*|\/[a-z0-9]+(?:-[a-z0-9]+){2,}\/)index\.s?html?$/i;

/**
 * The definition for sites nobody has described: follow every http(s) link except non-pages, and let every
 * non-list page be an article (the extractor decides). Which hosts a crawl reaches is not the site's business:
 * the crawl scope (start hosts plus `--allow-host`) decides that for every link.
 */
export const ADHOC_SITE: SiteDefinition = defineSite({
    id: 'adhoc',
    routes: {
        POST: { match: POST_INDEX_PATH, article: true },
        LIST: { match: LIST_PATH },
        PAGE: { match: /^\//, article: true },
    },
    ignore: [NON_PAGE_PATH],
});

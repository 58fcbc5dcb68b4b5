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
 * The definition for sites nobody has described: follow every http(s) link except non-pages, and let the extractor
 * decide from its content whether a page is an article. No path shape is vetoed: `index.html`, `list_2.html` and
 * directory pages are lists on one site and articles on another (a newsletter issue, a mobile news list whose
 * snippets are its content), and a page of bare links has too little text of its own to pass as one.
 * Which hosts a crawl reaches is not the site's business: the crawl scope (start hosts plus `--allow-host`)
 * decides that for every link.
 */
export const ADHOC_SITE: SiteDefinition = defineSite({
    id: 'adhoc',
    routes: {
        PAGE: { match: /^\//, article: true },
    },
    ignore: [NON_PAGE_PATH],
});

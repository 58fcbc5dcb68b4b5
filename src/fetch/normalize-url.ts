/**
 * One page, one key: the frontier, the page store and the index all key pages by this form, so the same
 * article behind tracking parameters, a fragment, a default port or a trailing slash is fetched once.
 */

/** Query parameters that only track the visitor and never change the page. */
const TRACKING_PARAMS = [/^utm_/i, /^(spm|from|fbclid|gclid|yclid|msclkid|share_token|scene|isappinstalled|_hsenc|_hsmi)$/i];

/** Normalised absolute http(s) URL, or null when `raw` is not one. */
export function normalizeUrl(raw: string, base?: string): string | null {
    let url: URL;
    try {
        url = new URL(raw.trim(), base);
    } catch {
        return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    url.username = '';
    url.password = '';
    // URL already drops a default port and lowercases the host.
    const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAMS.some((re) => re.test(name)));
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    url.search = new URLSearchParams(kept).toString();
    if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
    return url.toString();
}

/** `host[:port]` of a normalised URL: the unit of politeness and of the allow-list. */
export function hostOf(url: string): string {
    return new URL(url).host;
}

/**
 * One page, one key: the frontier, the page store and the index all key pages by this form, so the same
 * article behind tracking parameters, a fragment, a default port or a trailing slash is fetched once.
 */
import { compareCodePoints } from '../code-point-order.js';

/** Query parameters that only track the visitor and never change the page. */
const TRACKING_PARAMS = [/^utm_/i, /^(spm|from|fbclid|gclid|yclid|msclkid|share_token|scene|isappinstalled|_hsenc|_hsmi)$/i];

/**
 * The URL to fetch: absolute http(s), no fragment, credentials or tracking parameters, query sorted, default
 * port dropped. Null when `raw` is not an http(s) URL. The path is kept as written, trailing slash included,
 * because servers may answer `/a` and `/a/` differently (often by redirecting one to the other).
 */
export function cleanUrl(raw: string, base?: string): string | null {
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
    kept.sort(([a], [b]) => compareCodePoints(a, b));
    url.search = new URLSearchParams(kept).toString();
    return url.toString();
}

/** The page's identity: its clean URL without trailing slashes, so `/a/` and `/a` are fetched once. */
export function normalizeUrl(raw: string, base?: string): string | null {
    const clean = cleanUrl(raw, base);
    if (!clean) return null;
    const url = new URL(clean);
    if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
    return url.toString();
}

/** `host[:port]` of a normalised URL: the unit of politeness and of the allow-list. */
export function hostOf(url: string): string {
    return new URL(url).host;
}

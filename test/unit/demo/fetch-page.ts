import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';

export interface FetchedPage {
    status: number;
    headers: Headers;
    /** Charset used to decode: from the Content-Type header, else `<meta charset>`, else utf-8. */
    charset: string;
    html: string;
    $: cheerio.CheerioAPI;
}

/** Fetches a page over HTTP and decodes it the way a browser would (header charset first, then `<meta>`). */
export async function fetchPage(url: string, init?: RequestInit): Promise<FetchedPage> {
    const res = await fetch(url, { redirect: 'manual', ...init });
    const bytes = Buffer.from(await res.arrayBuffer());
    const fromHeader = /charset=([\w-]+)/i.exec(res.headers.get('content-type') ?? '')?.[1];
    const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 1024).toString('latin1'))?.[1];
    const charset = (fromHeader ?? fromMeta ?? 'utf-8').toLowerCase();
    const html = iconv.decode(bytes, charset);
    return { status: res.status, headers: res.headers, charset, html, $: cheerio.load(html) };
}

/** Text with all whitespace removed, for comparing page text with corpus lines. */
export function squash(text: string): string {
    return text.replace(/\s+/g, '');
}

import iconv from 'iconv-lite';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values (corpus text is untrusted). */
export function esc(text: string): string {
    return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

const gbkSafe = new Map<string, boolean>();

/**
 * Encodes a page as GBK. Characters GBK lacks (`•`, `⑪`) become numeric character references, as old CMSs
 * write them, so the decoded page still shows the article's own characters.
 */
export function encodeGbk(html: string): Buffer {
    let out = '';
    for (const ch of html) {
        let safe = gbkSafe.get(ch);
        if (safe === undefined) {
            safe = iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') === ch;
            gbkSafe.set(ch, safe);
        }
        out += safe ? ch : `&#${ch.codePointAt(0)};`;
    }
    return iconv.encode(out, 'gbk');
}

/**
 * Bytes → text for Chinese pages, which are often GBK/GB18030/Big5 with the charset in the header, only in
 * `<meta>`, or nowhere. Order: BOM, Content-Type header, `<meta>` in the first 4 KB, then UTF-8 if the bytes
 * are valid UTF-8, else GB18030 (a superset of GBK/GB2312, the commonest legacy encoding on these sites).
 */
import iconv from 'iconv-lite';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/** GB2312 and GBK pages routinely use characters only GB18030 defines; decode them all as GB18030. */
function canonicalCharset(name: string): string {
    const lower = name.toLowerCase();
    if (lower === 'gb2312' || lower === 'gbk' || lower === 'x-gbk' || lower === 'gb_2312-80') return 'gb18030';
    return lower;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
    const match = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '');
    return match ? canonicalCharset(match[1]!) : null;
}

/** The same bytes as a Buffer, without copying them (a fetched body already is one). */
function asBuffer(bytes: Uint8Array): Buffer {
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isValidUtf8(bytes: Uint8Array): boolean {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    } catch {
        return false;
    }
}

/** The charset the page is in, by the order above. */
export function detectCharset(bytes: Uint8Array, contentType?: string | null): string {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
    const fromHeader = charsetFromContentType(contentType);
    if (fromHeader && iconv.encodingExists(fromHeader)) return fromHeader;
    const head = asBuffer(bytes).toString('latin1', 0, 4096);
    const fromMeta = META_CHARSET.exec(head)?.[1];
    if (fromMeta && iconv.encodingExists(canonicalCharset(fromMeta))) return canonicalCharset(fromMeta);
    return isValidUtf8(bytes) ? 'utf-8' : 'gb18030';
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): { text: string; charset: string } {
    const charset = detectCharset(bytes, contentType);
    return { text: iconv.decode(asBuffer(bytes), charset), charset };
}

/** NUL bytes or a high share of control characters in the first KB: binary served under an HTML type. */
export function looksBinary(bytes: Uint8Array): boolean {
    const sample = bytes.subarray(0, 1024);
    let control = 0;
    for (const b of sample) {
        if (b === 0) return true;
        if (b < 9 || (b > 13 && b < 32)) control++;
    }
    return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Text as a reader sees it: whitespace runs collapsed to one space, and control characters removed — crawled
 * pages can carry `&#27;[2J`-style escapes that would otherwise reach a terminal through quotes and titles.
 */
// eslint-disable-next-line no-control-regex -- the point is to remove C0/C1 control characters
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Code units `visibleText` always changes: control characters and whitespace other than the plain space. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const ALWAYS_CLEANED = /[\u0000-\u001f\u007f-\u009f]|[^\S ]/;
const CLEANED = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) CLEANED[code] = ALWAYS_CLEANED.test(String.fromCharCode(code)) ? 1 : 0;
const SPACE = 0x20;

export function visibleText(raw: string): string {
    if (!needsCleaning(raw)) return raw;
    return raw.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/**
 * Anything `visibleText` would change: a control character, whitespace other than a single inner space. Most
 * lines of a page have none, and one pass over a table is cheaper than two replacements and a trim (or a regex
 * trying its alternatives at every position).
 */
function needsCleaning(raw: string): boolean {
    const last = raw.length - 1;
    if (raw.charCodeAt(0) === SPACE || raw.charCodeAt(last) === SPACE) return true;
    for (let i = 0; i <= last; i++) {
        const code = raw.charCodeAt(i);
        if (CLEANED[code] === 1 || (code === SPACE && raw.charCodeAt(i + 1) === SPACE)) return true;
    }
    return false;
}

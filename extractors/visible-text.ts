/**
 * Text as a reader sees it: whitespace runs collapsed to one space, and control characters removed — crawled
 * pages can carry `&#27;[2J`-style escapes that would otherwise reach a terminal through quotes and titles.
 */
// eslint-disable-next-line no-control-regex -- the point is to remove C0/C1 control characters
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * Anything `visibleText` would change: a control character, whitespace other than a single inner space. Most
 * lines of a page have none, and one test is cheaper than two replacements and a trim.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const NEEDS_CLEANING = /[\u0000-\u001f\u007f-\u009f]|[^\S ]| {2}|^ | $/;

export function visibleText(raw: string): string {
    if (!NEEDS_CLEANING.test(raw)) return raw;
    return raw.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

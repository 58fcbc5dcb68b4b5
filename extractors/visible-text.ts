/**
 * Text as a reader sees it: whitespace runs collapsed to one space, and control characters removed — crawled
 * pages can carry `&#27;[2J`-style escapes that would otherwise reach a terminal through quotes and titles.
 */
// eslint-disable-next-line no-control-regex -- the point is to remove C0/C1 control characters
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export function visibleText(raw: string): string {
    return raw.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

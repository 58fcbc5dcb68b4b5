/**
 * Matches of a global regex found with `exec` on the regex itself. `String.prototype.matchAll` copies the regex
 * on every call (and iterates through a generator); the readers call these for every sentence and figure. The
 * regexes must be global and match no empty string. Synchronous use only: `lastIndex` is reset on every call.
 */

/** Every match of `re` in `text`, in order. */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) found.push(m);
    return found;
}

/** The last match of `re` in `text`, or null. */
export function lastMatch(text: string, re: RegExp): RegExpExecArray | null {
    let last: RegExpExecArray | null = null;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) last = m;
    return last;
}

import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';

/** Elements of a parsed page by tag name, each list in document order. */
export type ElementsByTag = ReadonlyMap<string, readonly Element[]>;

const NONE: readonly Element[] = [];
// keyed by the loaded document's function itself: `$.root()` builds a new selection on every call
const byDocument = new WeakMap<CheerioAPI, ElementsByTag>();

/**
 * Every element of the page grouped by tag name, from one walk of the tree that is kept for the document's
 * lifetime: title, date, body and link readers each need a few tags, and a CSS selector per question would
 * walk the whole tree every time.
 */
export function elementsByTag($: CheerioAPI): ElementsByTag {
    let index = byDocument.get($);
    if (!index) {
        index = indexTags($.root()[0] as AnyNode);
        byDocument.set($, index);
    }
    return index;
}

/** The elements named `tag` (empty when there are none). */
export function elementsNamed(index: ElementsByTag, tag: string): readonly Element[] {
    return index.get(tag) ?? NONE;
}

function indexTags(root: AnyNode): ElementsByTag {
    const index = new Map<string, Element[]>();
    if ('children' in root) indexChildren(root, index);
    return index;
}

/** Pre-order, recursing only into nodes that have children (most nodes are text). */
function indexChildren(parent: ParentNode, index: Map<string, Element[]>): void {
    for (const node of parent.children) {
        if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
            const list = index.get(node.name);
            if (list) list.push(node);
            else index.set(node.name, [node]);
        }
        if ('children' in node && node.children.length > 0) indexChildren(node, index);
    }
}

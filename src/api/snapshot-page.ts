/**
 * claimscope's own copy of a crawled page, as `/snapshot/` serves it: the HTML kept in the data dir with every
 * active part removed (scripts, frames, embeds, event handlers, remote loads), the quote marked, and a banner
 * saying when it was crawled and from where. The response also carries a CSP that blocks every script and
 * remote load and sandboxes the document, so a payload the sanitiser missed still cannot run.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element, Text } from 'domhandler';
import { formatTime } from '../claims/labels.js';
import { escapeXml } from './chart-svg.js';

export const SNAPSHOT_CSP =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

/** Elements that run code, load other documents or change where the page points. */
const ACTIVE_ELEMENTS = 'script, noscript, iframe, frame, frameset, object, embed, applet, link, meta, base, template, portal';
/** Attributes that load something; kept only when they hold inline data. */
const LOADING_ATTRIBUTES = ['src', 'srcset', 'poster', 'background', 'data', 'action', 'formaction', 'xlink:href'];

function sanitise($: cheerio.CheerioAPI, pageUrl: string): void {
    $(ACTIVE_ELEMENTS).remove();
    $('*').each((_, node) => {
        const element = node as Element;
        for (const name of Object.keys(element.attribs)) {
            const value = element.attribs[name] ?? '';
            const lower = name.toLowerCase();
            if (lower.startsWith('on') || lower === 'style' && /url\s*\(|expression/i.test(value)) delete element.attribs[name];
            else if (LOADING_ATTRIBUTES.includes(lower) && !/^data:image\//i.test(value.trim())) delete element.attribs[name];
            else if (lower === 'href') {
                const target = safeLink(value, pageUrl);
                if (target) element.attribs[name] = target;
                else delete element.attribs[name];
            }
        }
    });
    // Stylesheets may import remote files; inline rules are kept, `@import` and `url()` are not.
    $('style').each((_, node) => {
        const css = $(node).text();
        if (/@import|url\s*\(/i.test(css)) $(node).remove();
    });
}

/** Links keep working as plain links to the original site; anything but http(s) is dropped. */
function safeLink(href: string, base: string): string | null {
    try {
        const url = new URL(href, base);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
        return null;
    }
}

/** The page's text nodes in document order with where each starts in their concatenation. */
function textNodes(root: AnyNode[]): { node: Text; start: number }[] {
    const out: { node: Text; start: number }[] = [];
    let offset = 0;
    const walk = (nodes: AnyNode[]) => {
        for (const node of nodes) {
            if (node.type === 'text') {
                out.push({ node: node as Text, start: offset });
                offset += (node as Text).data.length;
            } else if ('children' in node && node.type !== 'style') walk((node as Element).children);
        }
    };
    walk(root);
    return out;
}

/**
 * Wraps the quote's text in `<mark>`, across element boundaries if it spans several. Returns whether it was
 * found: whitespace may differ between the page and the quote, so both are compared with it removed.
 */
function highlight($: cheerio.CheerioAPI, quote: string): boolean {
    const wanted = quote.replace(/\s+/g, '');
    if (!wanted) return false;
    const nodes = textNodes($('body').length ? $('body').get() : $.root().get());
    // Map positions of the whitespace-free text back to (node, offset).
    const positions: { node: number; offset: number }[] = [];
    let compact = '';
    nodes.forEach(({ node }, n) => {
        for (let i = 0; i < node.data.length; i++) {
            if (/\s/.test(node.data[i]!)) continue;
            compact += node.data[i];
            positions.push({ node: n, offset: i });
        }
    });
    const at = compact.indexOf(wanted);
    if (at < 0) return false;
    const first = positions[at]!;
    const last = positions[at + wanted.length - 1]!;
    for (let n = first.node; n <= last.node; n++) {
        const node = nodes[n]!.node;
        const from = n === first.node ? first.offset : 0;
        const to = n === last.node ? last.offset + 1 : node.data.length;
        const text = node.data;
        const html = `${escapeXml(text.slice(0, from))}<mark class="claimscope-quote">${escapeXml(text.slice(from, to))}</mark>${escapeXml(text.slice(to))}`;
        $(node).replaceWith(html);
    }
    return true;
}

export interface SnapshotInput {
    url: string;
    html: string;
    /** ISO time the page was fetched. */
    fetchedAt: string;
    quote?: string;
}

export function renderSnapshot(input: SnapshotInput): string {
    const $ = cheerio.load(input.html);
    sanitise($, input.url);
    const found = input.quote ? highlight($, input.quote) : false;
    const note = !input.quote ? '' : found ? '引文已用黄色标出。' : '未能在存档中找到这段引文（页面可能已改版）。';
    const banner = `<div class="claimscope-banner" style="all:initial;display:block;font:14px/1.6 sans-serif;background:#fff4e5;border-bottom:2px solid #b54708;padding:8px 12px;color:#1d2733">
<strong>claimscope 存档快照</strong> · 抓取时间 ${escapeXml(formatTime(input.fetchedAt))} · 原网址 <span style="word-break:break-all">${escapeXml(input.url)}</span><br>
这是抓取时保存的副本，脚本和外部资源均已停用。${note}</div>`;
    const style = '<style>mark.claimscope-quote{background:#ffe066;outline:2px solid #b54708}</style>';
    const body = $('body');
    if (body.length) body.prepend(banner);
    else $.root().prepend(banner);
    $('head').length ? $('head').append('<meta charset="utf-8">', style) : $.root().prepend(style);
    return $.html();
}

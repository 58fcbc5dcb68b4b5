// @ts-check
// DOM helpers: crawled text goes into the page only as text nodes, and links only when their scheme is http(s).

/** @typedef {Node | string | number | null | undefined | false} Leaf */
/** @typedef {Leaf | Leaf[] | Leaf[][] | Leaf[][][]} Child */

const PROPERTIES = ['id', 'className', 'type', 'name', 'value', 'placeholder', 'title', 'hidden', 'disabled', 'min', 'max', 'alt', 'src', 'download'];

/**
 * Creates an element. `props` sets properties from a fixed set (className, type, name, value, …), `data-*`,
 * `aria-*` and `role` attributes, and `onClick`/`onSubmit`/`onChange` listeners; string children become text nodes.
 * @param {string} tag
 * @param {Record<string, any>} [props]
 * @param {...Child} children
 * @returns {HTMLElement}
 */
export function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'onClick') node.addEventListener('click', value);
        else if (key === 'onSubmit') node.addEventListener('submit', value);
        else if (key === 'onChange') node.addEventListener('change', value);
        else if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role') node.setAttribute(key, String(value));
        else if (PROPERTIES.includes(key)) /** @type {any} */ (node)[key] = value;
        else throw new Error(`el(): unsupported property ${key}`);
    }
    append(node, .../** @type {Child[]} */ (children));
    return node;
}

/**
 * Appends children, skipping absent parts (Element.append would print "null").
 * @param {Node} node
 * @param {...Child} children
 */
export function append(node, ...children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        /** @type {ParentNode} */ (node).append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : /** @type {Node} */ (child));
    }
}

/**
 * The URL if it is an absolute http(s) URL, else null (javascript:, data:, relative paths are refused).
 * @param {unknown} raw
 */
export function safeHttpUrl(raw) {
    try {
        const url = new URL(String(raw));
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch {
        return null;
    }
}

/**
 * A link to a crawled page, or plain text when the URL is not http(s).
 * @param {string} url
 * @param {string} [text]
 */
export function pageLink(url, text) {
    const href = safeHttpUrl(url);
    if (!href) return el('span', { className: 'bad-url' }, text ?? String(url));
    const a = /** @type {HTMLAnchorElement} */ (el('a', { className: 'page-link' }, text ?? href));
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
}

/**
 * claimscope's stored copy of a page, with the quote marked (`快照`).
 * @param {string} url
 * @param {string} quote
 */
export function snapshotLink(url, quote) {
    const a = /** @type {HTMLAnchorElement} */ (el('a', { className: 'snapshot-link', title: '打开抓取时保存的副本，引文已标出' }, '快照'));
    a.href = `/snapshot/?${new URLSearchParams({ url, quote })}`;
    a.target = '_blank';
    a.rel = 'noopener';
    return a;
}

/**
 * `#view?a=1`, leaving out empty values.
 * @param {string} view
 * @param {Record<string, unknown>} [params]
 */
export function hashFor(view, params = {}) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
    const text = query.toString();
    return `#${view}${text ? `?${text}` : ''}`;
}

/**
 * A link to another view of this page.
 * @param {string} view
 * @param {Record<string, unknown>} params
 * @param {string} text
 * @param {string} [className]
 */
export function viewLink(view, params, text, className) {
    const a = /** @type {HTMLAnchorElement} */ (el('a', { className }, text));
    a.href = hashFor(view, params);
    return a;
}

/**
 * @param {string} view
 * @param {Record<string, unknown>} [params]
 */
export function navigate(view, params) {
    location.hash = hashFor(view, params);
}

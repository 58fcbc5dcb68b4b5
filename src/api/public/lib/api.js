// @ts-check
// Talking to the JSON API, and saying in Chinese what went wrong when it fails.

/** An answer the API refused or could not give; `message` is for people, `detail` is the server's own words. */
export class ApiRequestError extends Error {
    /**
     * @param {string} message
     * @param {string} [detail]
     */
    constructor(message, detail) {
        super(message);
        this.detail = detail;
    }
}

/** @param {number} status */
function describeStatus(status) {
    if (status === 400) return '查询条件有误，请检查筛选和页码。';
    if (status === 403) return '没有权限：令牌缺失或不正确。';
    if (status === 404) return '找不到要查看的内容，它可能已在重新抓取后消失。';
    if (status === 409) return '当前配置不支持此操作。';
    if (status >= 500) return '服务器出错了，详情见运行 claimscope serve 的终端。';
    return `服务器拒绝了请求（HTTP ${status}）。`;
}

/**
 * @param {Record<string, unknown>} params
 * @returns {URLSearchParams}
 */
export function queryOf(params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
    return query;
}

/**
 * @param {string} url
 * @param {RequestInit} [init]
 * @returns {Promise<any>}
 */
async function request(url, init) {
    let response;
    try {
        response = await fetch(url, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
    } catch (err) {
        throw new ApiRequestError('无法连接到 claimscope 服务器，请确认 claimscope serve 仍在运行。', err instanceof Error ? err.message : String(err));
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) throw new ApiRequestError(describeStatus(response.status), body?.error ?? `HTTP ${response.status}`);
    return body;
}

/**
 * GET `/api/<path>` with the non-empty params.
 * @param {string} path
 * @param {Record<string, unknown>} [params]
 */
export function api(path, params = {}) {
    const query = queryOf(params);
    return request(`/api/${path}${query.size ? `?${query}` : ''}`);
}

/**
 * POST a schedule action with the token in its header (never a cookie).
 * @param {string} id
 * @param {'pause' | 'resume' | 'run' | 'remove'} action
 * @param {string} token
 */
export function scheduleAction(id, action, token) {
    return request(`/api/schedules/${encodeURIComponent(id)}/${action}`, { method: 'POST', headers: { 'X-Claimscope-Token': token } });
}

/**
 * The API address of a list with `format=csv|json`: the current view as a file.
 * @param {string} path
 * @param {Record<string, unknown>} params
 * @param {'csv' | 'json'} format
 */
export function downloadUrl(path, params, format) {
    return `/api/${path}?${queryOf({ ...params, format })}`;
}

/** @type {Promise<any> | undefined} */
let labels;

/** The shared vocabulary (`/api/labels`), fetched once; a failed fetch is retried next time. */
export function getLabels() {
    labels ??= api('labels').catch((err) => {
        labels = undefined;
        throw err;
    });
    return labels;
}

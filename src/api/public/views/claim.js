// @ts-check
// 说法: one claim on its own, at its permalink.
import { api } from '../lib/api.js';
import { append, el } from '../lib/dom.js';
import { claimCard } from '../lib/ui.js';

/**
 * @param {HTMLElement} root
 * @param {URLSearchParams} params
 */
export async function renderClaim(root, params) {
    const claim = await api('claim', { id: params.get('id') ?? '' });
    append(root, el('h1', {}, '说法'), claimCard(claim));
}

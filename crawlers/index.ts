import { ADHOC_SITE } from './adhoc.js';
import demoLegacy from './demo-legacy.js';
import demoPortal from './demo-portal.js';
import demoSemantic from './demo-semantic.js';
import type { SiteDefinition } from './define-site.js';

export { ADHOC_SITE } from './adhoc.js';
export { defineSite, type SiteDefinition, type SiteSpec } from './define-site.js';

/** Every described site, asked in order; the first that matches a URL handles it. */
export const SITES: readonly SiteDefinition[] = [demoPortal, demoSemantic, demoLegacy];

/**
 * The definition responsible for `url`: of `extra` (sites from a sites file, which may share a host), the first
 * that follows it, else the first that matches; then the first registered site that matches; else the ad-hoc one.
 */
export function siteFor(url: URL, extra: readonly SiteDefinition[] = []): SiteDefinition {
    return (
        extra.find((site) => site.follow(url)) ??
        extra.find((site) => site.matches(url)) ??
        SITES.find((site) => site.matches(url)) ??
        ADHOC_SITE
    );
}

import type { TemplateName } from '../site-plan.js';
import { legacyTemplate } from './legacy.js';
import { portalTemplate } from './portal.js';
import { semanticTemplate } from './semantic.js';
import type { SiteTemplate } from './types.js';

export type { ArticlePageData, ListPageData, SiteTemplate } from './types.js';

/** The demo's page templates by name. */
export const TEMPLATES: Readonly<Record<TemplateName, SiteTemplate>> = {
    portal: portalTemplate,
    semantic: semanticTemplate,
    legacy: legacyTemplate,
};

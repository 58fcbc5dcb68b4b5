import { DEMO_HOSTNAMES, defineSite } from './define-site.js';

/** Hosts the demo web renders as a classic portal (`<div>` soup, 热门文章 sidebar, 相关推荐 with snippets). */
const HOSTS = ['m.health.example', 'news.portal.example', 'www.policy-digest.example', 'www.yibao-news.example'];

/** Demo portal sites, mounted under `/<host>/` on the demo server (any port). */
export default defineSite({
    id: 'demo-portal',
    scope: { hostnames: DEMO_HOSTNAMES, pathPrefixes: HOSTS.map((host) => `/${host}/`), mirrors: true },
    routes: {
        LIST: { match: /^\/(?:list\/\d+)?$/ },
        ARTICLE: { match: /^\/(?:yibao|wenda)\/[\w-]+\.html$/, article: true },
    },
});

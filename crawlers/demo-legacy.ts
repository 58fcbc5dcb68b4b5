import { DEMO_HOSTNAMES, defineSite } from './define-site.js';

/** Hosts the demo web renders as old table layouts in GBK. */
const HOSTS = [
    'news.cityportal.example',
    'www.laonian-fuli.example',
    'www.shebaotong.example',
    'zhidao.baoxianwang.example',
];

/** Demo GBK table-layout sites, mounted under `/<host>/` on the demo server (any port). */
export default defineSite({
    id: 'demo-legacy',
    scope: { hostnames: DEMO_HOSTNAMES, pathPrefixes: HOSTS.map((host) => `/${host}/`), mirrors: true },
    routes: {
        LIST: { match: /^\/(?:list\/\d+)?$/ },
        ARTICLE: { match: /^\/(?:p\/\d+|a\/\d{8}\/\w+\.html|yibao\/\d{4}\/\d{4}\/\d+\.html)$/, article: true },
    },
});

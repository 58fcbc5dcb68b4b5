import { DEMO_HOSTNAMES, defineSite } from './define-site.js';

/** Hosts the demo web renders as semantic HTML5 (`<article>`, `<aside>`, comments section). */
const HOSTS = ['m.jiankang-news.example', 'wenda.shebao365.example', 'www.shebao.example', 'www.yibaozhishi.example'];

/** Demo HTML5 sites, mounted under `/<host>/` on the demo server (any port). */
export default defineSite({
    id: 'demo-semantic',
    scope: { hostnames: DEMO_HOSTNAMES, pathPrefixes: HOSTS.map((host) => `/${host}/`), mirrors: true },
    routes: {
        LIST: { match: /^\/(?:list\/\d+)?$/ },
        ARTICLE: {
            match: /^\/(?:health\/news\/\d+|a\/\d{8}\/\w+|wenda\/\d+|yibao\/(?:\d{4}\/\d{4}\/\d+|[\w-]+))\.html$/,
            article: true,
        },
    },
});

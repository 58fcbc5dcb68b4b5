/**
 * A hostile and broken site for crawl tests, on loopback only. Each path is one case from the README's
 * "Hostile and broken sites" table; `requests` logs every request the server saw, so tests check what
 * reached it rather than what the crawler believes it did.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { listen } from '../helpers/listen.js';

export interface HostileServer {
    url: string;
    port: number;
    requests: { path: string; host: string | undefined }[];
    close(): Promise<void>;
}

/** Every article carries a general paragraph too, so it is as long as the shortest real articles. */
const ARTICLE = (title: string, body: string) =>
    `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">首页</a></nav>` +
    `<article><h1>${title}</h1><p>2025-06-03 10:00:00 测试网</p>${body}` +
    '<p>医保个人账户的钱可以在定点医院和药店支付医疗费用,也可以通过家庭共济给家人使用,具体标准以当地医保部门公布为准。</p>' +
    `</article><footer>版权所有</footer></body></html>`;

const FIGURE = '<p>北京:70岁以下退休人员每月划入100元,70岁及以上每月划入110元。</p>' +
    '<p>医保个人账户的钱可以用于在定点医院和药店支付医疗费用,也可以给家人使用,具体以当地规定为准。</p>';

export const GBK_TEXT = '<p>广州:退休人员每月定额划入160元。</p><p>个人账户资金归个人所有,可以结转使用和依法继承。</p>';

export const BIG5_TEXT = '<p>廈門:按人均養老金的2.5%劃入個人賬戶。</p><p>個人賬戶資金歸個人所有,可以結轉使用和依法繼承。</p>';

/** Pages linked from the start page; each exercises one failure mode. */
export function startHostileServer(options: { forbiddenLinks?: string[] } = {}): Promise<HostileServer> {
    const requests: HostileServer['requests'] = [];
    const attempts = new Map<string, number>();
    const sockets = new Set<import('node:net').Socket>();
    const hit = (path: string) => {
        const n = (attempts.get(path) ?? 0) + 1;
        attempts.set(path, n);
        return n;
    };

    const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
        '/': (_req, res) => {
            const links = [
                '/gbk-header', '/gbk-meta', '/big5-meta', '/gb-nocharset', '/malformed', '/huge', '/binary', '/loop/1',
                '/redirect-out', '/calendar?day=1', '/drip', '/reset', '/rate-limited', '/flaky', '/private/secret',
                '/article?utm_source=feed#comments', '/article#top', '/article', '/%E6%96%87%E7%AB%A0/%E5%8C%97%E4%BA%AC',
                '/empty', '/boilerplate', '/missing', '/dir/', 'file:///etc/passwd', ...(options.forbiddenLinks ?? []),
            ];
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(`<html><body><ul>${links.map((l) => `<li><a href="${l}">${l}</a></li>`).join('')}</ul></body></html>`);
        },
        '/dir/': (_req, res) => {
            // A directory page linking its article relatively: resolved against `/dir/`, not `/dir`.
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end('<html><body><ul><li><a href="relative.html">北京医保</a></li></ul></body></html>');
        },
        '/dir/relative.html': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(ARTICLE('北京医保每月返多少', FIGURE));
        },
        '/robots.txt': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/plain' });
            res.end('User-agent: *\nDisallow: /private/\n');
        },
        '/gbk-header': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
            res.end(iconv.encode(ARTICLE('广州医保每月划入多少', GBK_TEXT), 'gbk'));
        },
        '/gbk-meta': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end(iconv.encode(ARTICLE('广州医保每月划入多少', GBK_TEXT).replace('<head>', '<head><meta charset="gb2312">'), 'gb18030'));
        },
        '/big5-meta': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end(iconv.encode(ARTICLE('廈門醫保', BIG5_TEXT).replace('<head>', '<head><meta charset="big5">'), 'big5'));
        },
        '/gb-nocharset': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end(iconv.encode(ARTICLE('广州医保每月划入多少', GBK_TEXT), 'gb18030'));
        },
        '/malformed': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end('<html><head><title>北京医保每月返多少</title><body><div><p>北京:70岁以下退休人员每月划入100元,70岁及以上每月划入110元。<p><b>未闭合的粗体' +
                '<p>医保个人账户的钱可以在定点医院和药店支付医疗费用,也可以通过家庭共济给家人使用。<table><tr><td>上海:退休人员每年划入1890元左右');
        },
        '/huge': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            const chunk = Buffer.from(`<p>${'填充'.repeat(5000)}</p>`);
            let sent = 0;
            const total = 20 * 1024 * 1024;
            const write = () => {
                while (sent < total) {
                    sent += chunk.length;
                    if (!res.write(chunk)) return res.once('drain', write);
                }
                res.end();
            };
            res.on('close', () => (sent = total));
            write();
        },
        '/binary': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
        },
        '/redirect-out': (req, res) => {
            res.writeHead(302, { location: `http://127.0.0.2:${(req.socket.localPort ?? 0)}/stolen` });
            res.end();
        },
        '/drip': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            const timer = setInterval(() => res.write('<'), 1000);
            res.on('close', () => clearInterval(timer));
        },
        '/reset': (req) => {
            req.socket.destroy();
        },
        '/rate-limited': (req, res) => {
            if (hit(req.url!) === 1) {
                res.writeHead(429, { 'retry-after': '1' });
                return res.end();
            }
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(ARTICLE('上海医保划入', '<p>上海:退休人员每年划入1890元左右,一次性计入个人账户。</p>'));
        },
        '/flaky': (req, res) => {
            if (hit(req.url!) === 1) {
                res.writeHead(503);
                return res.end('busy');
            }
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(ARTICLE('深圳医保', '<p>深圳:按上年度本市退休人员人均基本养老金的2.8%划入。</p>'));
        },
        '/private/secret': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end(ARTICLE('secret', FIGURE));
        },
        '/article': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(ARTICLE('北京医保每月返多少', FIGURE));
        },
        '/文章/北京': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end(ARTICLE('北京医保', FIGURE));
        },
        '/empty': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end();
        },
        '/boilerplate': (_req, res) => {
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            res.end('<html><body><nav><a href="/">首页</a> <a href="/article">北京医保</a></nav>' +
                '<footer><p>温馨提示:本文数据仅供参考,具体以当地医保部门公布为准!</p><p>版权所有 © 测试网</p></footer></body></html>');
        },
    };

    const server: Server = createServer((req, res) => {
        const url = new URL(req.url ?? '/', 'http://placeholder');
        const path = decodeURIComponent(url.pathname);
        requests.push({ path: `${path}${url.search}`, host: req.headers.host });
        if (path.startsWith('/loop/')) {
            const n = Number(path.slice(6)) || 0;
            res.writeHead(301, { location: `/loop/${(n % 3) + 1}` });
            return res.end();
        }
        if (path === '/calendar') {
            // An endless calendar: every day links to the next one.
            const day = Number(url.searchParams.get('day')) || 0;
            res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
            return res.end(`<html><body><a href="/calendar?day=${day + 1}">次日</a><a href="/calendar?day=${day - 1}">前一日</a></body></html>`);
        }
        const route = routes[path];
        if (!route) {
            res.writeHead(404, { 'content-type': 'text/html' });
            return res.end('not found');
        }
        route(req, res);
    });
    server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
    });
    return listen(server).then((port) => ({
        url: `http://127.0.0.1:${port}`,
        port,
        requests,
        close: () =>
            new Promise<void>((done) => {
                for (const socket of sockets) socket.destroy();
                server.close(() => done());
            }),
    }));
}

/** A server standing in for a forbidden host: it only records whether anything reached it. */
export function startTrapServer(host: string, port = 0): Promise<{ port: number; hits: string[]; close(): Promise<void> }> {
    const hits: string[] = [];
    const server = createServer((req, res) => {
        hits.push(req.url ?? '');
        res.end('trap');
    });
    return listen(server, port, host).then((bound) => ({
        port: bound,
        hits,
        close: () => new Promise<void>((done) => server.close(() => done())),
    }));
}

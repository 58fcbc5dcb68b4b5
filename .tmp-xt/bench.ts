import { readFileSync, readdirSync } from 'node:fs';
import * as cheerio from '/work/main/node_modules/cheerio/dist/esm/index.js';
import { extractBody } from '/work/main/extractors/body/index.ts';
import { readTitle, readPublished } from '/work/main/extractors/metadata/index.ts';
import { passagesFromLines } from '/work/main/extractors/passages/from-lines.ts';
import { extractPage } from '/work/main/extractors/index.ts';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const pages: string[] = [];
const nav = Array.from({ length: 40 }, (_, i) => `<li class="nav-item"><a class="nav-link" href="/c/${i}/" title="栏目${i}">栏目名称${i}</a></li>`).join('');
const side = Array.from({ length: 25 }, (_, i) => `<li><span class="num">${i}</span><a href="/a/2025/${i}.html" target="_blank" title="医保卡每月返款标准${i}">医保卡每月返款标准是多少${i}</a><em>2025-03-0${i % 9 + 1}</em></li>`).join('');
const script = `<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.example/hm.js?abc";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();</script>`;
for (const f of readdirSync('/work/shared/corpus/dev').filter((f) => f.endsWith('.json'))) {
    const d = JSON.parse(readFileSync(`/work/shared/corpus/dev/${f}`, 'utf8'));
    const ls = d.text.split('\n').filter((l: string) => l.trim());
    pages.push(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(d.title)}_某网</title><meta name="keywords" content="医保,社保"><link rel="stylesheet" href="/s.css">${script}${script}</head><body><div class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="logo"></a></div><ul class="nav">${nav}</ul></div><div class="crumb"><a href="/">首页</a> &gt; <a href="/yibao/">医保</a> &gt; 正文</div><div class="main clearfix"><div class="left"><h1>${esc(d.title)}</h1><div class="info"><span>${esc(ls[1])}</span></div><div class="article-content" style="font-size:16px">${ls.slice(2).map((l: string) => `<p style="text-indent:2em">${esc(l)}</p>`).join('\n')}</div><div class="relate"><h3>相关推荐</h3><ul>${side}</ul></div></div><div class="right"><div class="box"><h3>热门文章</h3><ul>${side}</ul></div><div class="box"><h3>最新文章</h3><ul>${side}</ul></div></div></div><div class="footer"><p>关于我们 | 联系我们 | 免责声明</p><p>Copyright © 2025 某网 版权所有</p></div>${script}</body></html>`);
}
const kb = pages.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1024;
const opts = { xml: { xmlMode: false, decodeEntities: true } };
const time = (label: string, fn: (html: string) => unknown) => {
    for (let r = 0; r < 3; r++) pages.forEach(fn);
    const c0 = process.cpuUsage();
    const R = 10;
    for (let r = 0; r < R; r++) pages.forEach(fn);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000 / R;
    console.log(label.padEnd(24), (ms / kb).toFixed(3), 'ms/KB CPU', (pages.length / ms * 1000).toFixed(0), 'pages/s');
};
console.log('pages', pages.length, 'avg KB', (kb / pages.length).toFixed(1));
time('htmlparser2 load', (h) => cheerio.load(h, opts));
time('load+title+body+date', (h) => { const $ = cheerio.load(h, opts); const t = readTitle($); const b = extractBody($, { title: t }); readPublished($, b.headText, {}); return passagesFromLines(b.lines); });
time('extractPage (all)', (h) => extractPage(h, 'https://x.example/a/1.html'));

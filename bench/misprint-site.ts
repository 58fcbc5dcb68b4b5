/**
 * A generated web of sites with planted misprints, for the consensus test and the bench. Three careful sites
 * print every city's true figure in their own words; a sloppy site misprints most cities, two sites copy its
 * passages word for word and a fourth rewrites them, so each misprint has two independent sources. On the
 * planted cities only one careful site speaks: plain copy-aware counting (2 sources against 1) picks the
 * misprint, while trust learnt on the other cities picks the truth. All sentences are invented.
 */
import type { PageRecord } from '../src/storage/types.js';
import { esc } from '../test/demo/html.js';
import { pageRecordFromText } from '../test/helpers/page-record.js';

/** Cities whose names the region reader knows; the first `CHECKED` are covered by every careful site. */
const CITIES = [
    '杭州', '南京', '武汉', '成都', '西安', '长沙', '郑州', '济南', '青岛', '大连', '沈阳', '哈尔滨',
    '长春', '福州', '厦门', '昆明', '贵阳', '南宁', '合肥', '南昌', '太原', '石家庄', '兰州', '银川',
    '西宁', '海口', '呼和浩特', '乌鲁木齐', '拉萨', '宁波', '无锡', '苏州',
] as const;
const CHECKED = 24;

/** Each site's own way of saying it: independent sites never share a passage. */
const CAREFUL = [
    { site: 'www.careful-a.example', say: (c: string, v: number) => `${c}:退休人员个人账户每月划入${v}元,由医保经办机构按月拨付。` },
    { site: 'www.careful-b.example', say: (c: string, v: number) => `根据${c}医保部门公布的办法,当地退休职工的个人账户每个月返款${v}元整。` },
    { site: 'www.careful-c.example', say: (c: string, v: number) => `记者从${c}市医保局了解到,退休人员医保个人账户按月打入${v}元,无需申请。` },
] as const;
const SLOPPY = { site: 'www.sloppy-origin.example', say: (c: string, v: number) => `${c}退休人员注意了,医保个人账户每月划入${v}元,赶紧查查自己的卡。` };
const COPIERS = ['www.copy-one.example', 'www.copy-two.example'] as const;
const REWRITER = { site: 'www.rewrite.example', say: (c: string, v: number) => `有网友整理了${c}的最新情况:退休人员个人账户每月能返还${v}元左右。` };

/** One generated article: a site's page about one city. */
export interface MisprintArticle {
    site: string;
    path: string;
    city: string;
    published: string;
    title: string;
    sentence: string;
}

export interface MisprintSite {
    articles: MisprintArticle[];
    /** The articles as a crawl stores them (real extraction from their text; no HTTP). */
    pages: PageRecord[];
    /** City → the true monthly figure. */
    truth: Map<string, number>;
    /** Cities where the misprint has more independent sources than the truth. */
    planted: string[];
}

/** The careful sites publish in spring; the sloppy origin in summer; its copies after it. */
function dayOf(month: number, i: number): string {
    return `2025-${String(month).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
}

/** An article page: title, date line and the one sentence, in plain markup. */
export function articleHtml(article: MisprintArticle): string {
    return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(article.title)}</title></head>
<body><article><h1>${esc(article.title)}</h1><p class="date">发布时间:${article.published}</p>
<p>${esc(article.sentence)}</p></article></body></html>
`;
}

export function misprintSite(cities = CITIES.length): MisprintSite {
    const names = CITIES.slice(0, Math.min(cities, CITIES.length));
    const truth = new Map(names.map((city, i) => [city, 60 + 5 * i]));
    const articles: MisprintArticle[] = [];
    const add = (site: string, path: string, city: string, published: string, sentence: string) =>
        articles.push({ site, path, city, published, title: `${city}退休人员医保个人账户每月返多少钱`, sentence });
    names.forEach((city, i) => {
        const value = truth.get(city)!;
        const checked = i < CHECKED;
        // careful sites: all three on checked cities, only the first on planted ones
        for (const [n, careful] of CAREFUL.entries()) {
            if (checked || n === 0) add(careful.site, `/p/${i}.html`, city, dayOf(3, i), careful.say(city, value));
        }
        // sloppy sites: right on one checked city in four, wrong on the others and on every planted city
        const printed = checked && i % 4 === 0 ? value : value + 20;
        const origin = SLOPPY.say(city, printed);
        add(SLOPPY.site, `/news/${i}.html`, city, dayOf(6, i), origin);
        for (const copier of COPIERS) add(copier, `/a/${i}.html`, city, dayOf(7, i), origin);
        add(REWRITER.site, `/wenda/${i}.html`, city, dayOf(8, i), REWRITER.say(city, printed));
    });
    const pages = articles.map((a) => ({
        ...pageRecordFromText(`https://${a.site}${a.path}`, `${a.title}\n\n${a.sentence}`, a.title),
        published: a.published,
    }));
    return { articles, pages, truth, planted: names.slice(CHECKED) };
}

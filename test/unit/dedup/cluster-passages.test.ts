import { describe, expect, it } from 'vitest';
import { clusterPassages, normalizePassage, type PageWithPassages } from '../../../extractors/dedup/index.js';
import { findRegions } from '../../../extractors/region/index.js';
import type { Passage } from '../../../extractors/types.js';
import { loadCopyGroups, loadCorpusPages, type CorpusPage } from '../../../bench/corpus-pages.js';

function page(url: string, site: string, texts: string[]): PageWithPassages {
    const passages: Passage[] = texts.map((text, index) => ({ index, text, kind: 'paragraph', section: null }));
    return { url, site, passages };
}

/** Wording for an independent similarity check: no spacing or punctuation, figures kept. */
function bare(text: string): string {
    return text.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** 1 − Levenshtein distance / longer length: a character-level similarity that knows nothing of shingles. */
function editSimilarity(a: string, b: string): number {
    if (a === b) return 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
        }
        previous = current;
    }
    return 1 - previous[b.length]! / Math.max(a.length, b.length);
}

function placesOf(text: string): string {
    return [...new Set(findRegions(text).map((m) => m.name))].sort().join('|');
}

interface Flat {
    page: CorpusPage;
    passage: Passage;
    bare: string;
    places: string;
    cluster: string;
}

describe('clusterPassages on the real corpus', () => {
    const pages = loadCorpusPages();
    const clustering = clusterPassages(pages);
    const flat: Flat[] = pages.flatMap((p) =>
        p.passages.map((passage) => ({
            page: p,
            passage,
            bare: bare(passage.text),
            places: placesOf(passage.text),
            cluster: clustering.get(p.url, passage.index)!.cluster,
        })),
    );

    it('puts near-identical passages of pages known to be copies (groups.jsonl) in one cluster', () => {
        const byId = new Map(pages.map((p) => [p.id, p]));
        let copies = 0;
        let clustered = 0;
        for (const group of loadCopyGroups()) {
            const members = group.members.map((id) => byId.get(id)!);
            for (const [i, a] of members.entries()) {
                for (const b of members.slice(i + 1)) {
                    for (const pa of flat.filter((f) => f.page === a && f.bare.length >= 12)) {
                        for (const pb of flat.filter((f) => f.page === b && f.places === pa.places)) {
                            if (editSimilarity(pa.bare, pb.bare) < 0.8) continue;
                            copies++;
                            if (pa.cluster === pb.cluster) clustered++;
                        }
                    }
                }
            }
        }
        expect(copies).toBeGreaterThan(50);
        expect(clustered / copies).toBeGreaterThanOrEqual(0.95);
    });

    it('never merges passages about different places, nor passages that read differently', () => {
        const byCluster = new Map<string, Flat[]>();
        for (const f of flat) byCluster.set(f.cluster, [...(byCluster.get(f.cluster) ?? []), f]);
        let pairs = 0;
        for (const members of byCluster.values()) {
            for (const [i, a] of members.entries()) {
                for (const b of members.slice(i + 1)) {
                    if (a.page === b.page) continue;
                    pairs++;
                    const pair = `${a.passage.text} / ${b.passage.text}`;
                    expect(a.places, pair).toBe(b.places);
                    expect(editSimilarity(a.bare, b.bare), pair).toBeGreaterThanOrEqual(0.4);
                }
            }
        }
        expect(pairs).toBeGreaterThan(1000);
    });

    it('finds (through LSH buckets) the pairs an all-pairs comparison of the same fingerprints finds', () => {
        const keys = flat.map((f) => ({ ...normalizePassage(f.passage.text, findRegions, 16), cluster: f.cluster }));
        const trigrams = (t: string) =>
            new Set(Array.from({ length: Math.max(1, t.length - 2) }, (_, i) => t.slice(i, i + 3)));
        const sets = keys.map((k) => trigrams(k.text));
        let similar = 0;
        let found = 0;
        for (const [i, a] of keys.entries()) {
            for (let j = i + 1; j < keys.length; j++) {
                const b = keys[j]!;
                if (!a.fuzzy || !b.fuzzy || a.places !== b.places || a.text === b.text) continue;
                const shared = [...sets[i]!].filter((s) => sets[j]!.has(s)).length;
                if (shared / (sets[i]!.size + sets[j]!.size - shared) < 0.5) continue;
                similar++;
                if (a.cluster === b.cluster) found++;
            }
        }
        // 20 bands of 3 rows catch a pair at exactly 0.5 with probability 0.93; union-find recovers most others.
        expect(similar).toBeGreaterThan(50);
        expect(found / similar).toBeGreaterThanOrEqual(0.95);
    });

    it('counts the distinct pages and sites that hold a copied passage', () => {
        const quote = '上海:退休人员75岁以下每月打入140元,75岁以上每月打入157.5元。';
        const holders = flat.filter((f) => f.passage.text.trim().replace(/^•\s*/, '') === quote);
        expect(holders.length).toBeGreaterThanOrEqual(3);
        const info = clustering.get(holders[0]!.page.url, holders[0]!.passage.index)!;
        const sameCluster = flat.filter((f) => f.cluster === info.cluster);
        expect(info.copies).toBe(new Set(sameCluster.map((f) => f.page.url)).size);
        expect(info.sites).toBe(new Set(sameCluster.map((f) => f.page.site)).size);
        expect(info.sites).toBeGreaterThan(1);
    });
});

describe('clusterPassages', () => {
    it('clusters a copied template whose figures were edited, so it counts once', () => {
        const clustering = clusterPassages([
            page('https://a.example/1', 'a.example', ['北京:70岁以下的退休人员,每月划入个人账户100元;70岁及以上的每月划入110元。']),
            page('https://b.example/2', 'b.example', ['• 北京市:70岁以下的退休人员,每月划入个人账户97元;70岁及以上的每月划入107元。']),
        ]);
        const a = clustering.get('https://a.example/1', 0)!;
        expect(clustering.get('https://b.example/2', 0)!.cluster).toBe(a.cluster);
        expect(a).toMatchObject({ copies: 2, sites: 2, boilerplate: false });
    });

    it('keeps a template filled in for another place apart', () => {
        const clustering = clusterPassages([
            page('https://a.example/1', 'a.example', ['广州:退休职工每月大约能返169元,具体以当地为准。']),
            page('https://b.example/2', 'b.example', ['陕西:退休职工每月大约能返110元,具体以当地为准。']),
        ]);
        const guangzhou = clustering.get('https://a.example/1', 0)!.cluster;
        expect(clustering.get('https://b.example/2', 0)!.cluster).not.toBe(guangzhou);
    });

    it('matches short passages only when their wording is identical', () => {
        const clustering = clusterPassages([
            page('https://a.example/1', 'a.example', ['甘肃省:定额返还,每月120元。', '打开国家医保服务平台APP']),
            page('https://b.example/2', 'b.example', ['甘肃:定额返还,每月150元', '下载国家医保服务平台APP']),
        ]);
        const cluster = (url: string, index: number) => clustering.get(url, index)!.cluster;
        expect(cluster('https://a.example/1', 0)).toBe(cluster('https://b.example/2', 0));
        // One verb apart: long passages this close would be copies, short ones are different steps.
        expect(cluster('https://a.example/1', 1)).not.toBe(cluster('https://b.example/2', 1));
    });

    it('gives the same cluster ids whatever the order of the pages', () => {
        const pages = loadCorpusPages().slice(0, 40);
        const forward = clusterPassages(pages);
        const backward = clusterPassages([...pages].reverse());
        for (const p of pages) {
            for (const passage of p.passages) {
                expect(backward.get(p.url, passage.index)).toEqual(forward.get(p.url, passage.index));
            }
        }
    });

    it('marks a line a site repeats on most of its pages as boilerplate, owned by one page', () => {
        const disclaimer = '声明:本文内容来源于网络公开资料,仅供参考,不构成任何建议。';
        const bodies = [
            '怎么查询医保卡余额?方法大全',
            '退休人员医保卡每月到账多少',
            '异地就医备案怎么办?线上线下都能办',
            '医保关系转移接续需要多久',
            '灵活就业人员怎么交医保',
        ];
        const pages = bodies.map((body, n) => page(`https://a.example/${n + 1}`, 'a.example', [body, disclaimer]));
        pages.push(page('https://b.example/1', 'b.example', ['别的网站的正文,和上面的文章都不一样。', disclaimer]));
        const clustering = clusterPassages(pages);
        for (const n of [1, 2, 3, 4, 5]) {
            expect(clustering.isBoilerplate(`https://a.example/${n}`, 1)).toBe(true);
            expect(clustering.get(`https://a.example/${n}`, 1)!.ownerUrl).toBe('https://a.example/1');
            expect(clustering.isBoilerplate(`https://a.example/${n}`, 0)).toBe(false);
        }
        // Copied once onto another site, the same line is that page's content.
        expect(clustering.get('https://b.example/1', 1)).toMatchObject({ boilerplate: false, copies: 6, sites: 2 });
    });

    it('does not call a passage on two of ten pages boilerplate', () => {
        const pages = Array.from({ length: 10 }, (_, n) =>
            page(`https://a.example/${n}`, 'a.example', [n < 2 ? '2025年城乡居民医保个人缴费标准为每人每年380元。' : `第${n}篇`]),
        );
        expect(clusterPassages(pages).isBoilerplate('https://a.example/0', 0)).toBe(false);
    });

    it('looks passages up by their index, also on pages whose passages are not numbered from 0', () => {
        const text = '北京:70岁以下的退休人员,每月划入个人账户100元;70岁及以上的每月划入110元。';
        const numbered = (index: number, t: string): Passage => ({ index, text: t, kind: 'paragraph', section: null });
        const clustering = clusterPassages([
            { url: 'https://a.example/1', site: 'a.example', passages: [numbered(4, '另一段完全无关的文字内容'), numbered(9, text)] },
            page('https://b.example/2', 'b.example', [text]),
        ]);
        expect(clustering.get('https://a.example/1', 9)!.cluster).toBe(clustering.get('https://b.example/2', 0)!.cluster);
        expect(clustering.get('https://a.example/1', 9)!.copies).toBe(2);
        expect(clustering.get('https://a.example/1', 4)!.copies).toBe(1);
        expect(clustering.get('https://a.example/1', 0)).toBeUndefined();
        expect(clustering.get('https://b.example/2', 1)).toBeUndefined();
    });

    it('refuses the same URL twice', () => {
        const twice = ['x', 'y'].map((text) => page('https://a.example/1', 'a.example', [text]));
        expect(() => clusterPassages(twice)).toThrow(/https:\/\/a\.example\/1/);
    });
});

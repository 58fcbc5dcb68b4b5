import { describe, expect, it } from 'vitest';
import { buildClaimDocuments } from '../../../src/pipeline/build-claims.js';
import { pageRecordFromText } from '../../helpers/page-record.js';

const page = (url: string, title: string, text: string) => pageRecordFromText(url, text, title);

const INTRO = '很多退休的朋友都关心医保个人账户每月到账多少,下面一起来看看最新的划入标准和查询方法。';
/** Site furniture: the same notice under every article of a site. */
const NOTICE = '温馨提示:本站提醒,深圳的退休人员每月医保返款金额可以达到250元左右,仅供参考。';
const TEMPLATE = (city: string, amount: number) =>
    `${city}退休人员医保卡每月返多少钱?\n\n${INTRO}\n\n北京:70岁以下退休人员每月划入${amount}元,70岁及以上每月划入110元。\n\n${NOTICE}`;
const OTHER = (city: string) =>
    `${city}医保卡余额怎么查?\n\n${city}的参保人可以在医保经办窗口查询个人账户余额,也可以请工作人员打印明细。\n\n${NOTICE}`;

describe('buildClaimDocuments', () => {
    const pages = [
        page('http://a.example/1.html', '郑州退休人员医保卡每月返多少钱?', TEMPLATE('郑州', 100)),
        page('http://a.example/2.html', '南昌退休人员医保卡每月返多少钱?', TEMPLATE('南昌', 100)),
        page('http://a.example/3.html', '兰州退休人员医保卡每月返多少钱?', TEMPLATE('兰州', 97)),
        page('http://a.example/4.html', '杭州医保卡余额怎么查?', OTHER('杭州')),
        page('http://a.example/5.html', '义乌医保卡余额怎么查?', OTHER('义乌')),
        page('http://b.example/x.html', '石家庄退休人员医保卡每月返多少钱?', TEMPLATE('石家庄', 100)),
    ];
    const docs = buildClaimDocuments(pages);
    const beijingUnder70 = docs.filter((d) => d.kind === 'figure' && d.region === '北京' && d.ageMax === 69);

    it('gives copies of one template one cluster, counted over every page that carries it, and keeps them all', () => {
        expect(beijingUnder70).toHaveLength(4);
        expect(new Set(beijingUnder70.map((d) => d.cluster)).size).toBe(1);
        expect(beijingUnder70.every((d) => d.copies === 4)).toBe(true);
    });

    it('keeps a claim from a passage a site repeats on every page on one page only', () => {
        const shenzhen = docs.filter((d) => d.kind === 'figure' && d.region === '深圳' && d.site === 'a.example');
        expect(shenzhen).toHaveLength(1);
        expect(docs.filter((d) => d.kind === 'figure' && d.region === '深圳' && d.site === 'b.example')).toHaveLength(1);
    });

    it('derives stable ids: the same pages give the same documents', () => {
        expect(buildClaimDocuments([...pages].reverse()).map((d) => d.id).sort()).toEqual(docs.map((d) => d.id).sort());
        expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    });
});

import { describe, expect, it } from 'vitest';
import { bareTowns, canonicalRegion, findRegions, namesBare, provinceOf } from '../../../../extractors/region/index.js';

/** [canonical name, province, matched text] for each mention, the shape a reader checks. */
function named(text: string): [string, string, string][] {
    return findRegions(text).map((m) => [m.name, m.province, text.slice(m.start, m.end)]);
}

describe('findRegions', () => {
    it('names an autonomous prefecture written with a plain suffix (`大理州`)', () => {
        expect(named('大理州和恩施州的退休人员')).toEqual([
            ['大理', '云南', '大理州'],
            ['恩施', '湖北', '恩施州'],
        ]);
    });

    it('names municipalities, prefectures and autonomous regions by their short canonical names', () => {
        expect(named('北京市:70岁以下的退休人员;深圳退休人员;内蒙古自治区呼和浩特市;乌鲁木齐市')).toEqual([
            ['北京', '北京', '北京市'],
            ['深圳', '广东', '深圳'],
            ['内蒙古', '内蒙古', '内蒙古自治区'],
            ['呼和浩特', '内蒙古', '呼和浩特市'],
            ['乌鲁木齐', '新疆', '乌鲁木齐市'],
        ]);
        expect(named('广西壮族自治区、新疆维吾尔自治区、宁夏回族自治区、西藏自治区').map(([n]) => n)).toEqual([
            '广西', '新疆', '宁夏', '西藏',
        ]);
    });

    it('shortens autonomous prefectures and counts them as cities', () => {
        const [mention] = findRegions('延边朝鲜族自治州的退休人员');
        expect(mention).toMatchObject({ name: '延边', province: '吉林', level: 'city' });
        expect(named('黔东南苗族侗族自治州')[0]?.[0]).toBe('黔东南');
    });

    it('matches county-level cities administered by a province bare, under that province', () => {
        expect(findRegions('琼海的老人经常问')).toMatchObject([{ name: '琼海', province: '海南', level: 'county' }]);
    });

    it('reads a county-level city bare before a locality word or as a whole label line, like a homograph prefecture', () => {
        expect(named('义乌这边的老人说')).toEqual([['义乌', '浙江', '义乌']]);
        expect(named('昆山在职职工按比例划入')).toEqual([['昆山', '江苏', '昆山']]);
        expect(named('江阴')).toEqual([['江阴', '江苏', '江阴']]);
        expect(named('他在义乌做生意,昆山也去过')).toEqual([]);
    });

    it('reads a prefecture\'s district bare where it reads a town, unless another place is named by that bare form', () => {
        expect(named('雁塔这边的老人')).toEqual([['雁塔', '陕西', '雁塔']]);
        expect(named('海门的退休职工每月到账')).toEqual([['海门', '江苏', '海门']]);
        expect(named('萧山参保职工按比例划入')).toEqual([['萧山', '浙江', '萧山']]);
        // a district named like a county-level city elsewhere: the town is what people name bare
        expect(named('东兴退休人员每月到账')).toEqual([['东兴', '广西', '东兴']]);
        // districts of several cities sharing a name: unsettled without their city
        expect(named('鼓楼这边的老人')).toEqual([]);
        expect(named('南京鼓楼这边的老人')).toEqual([['南京', '江苏', '南京'], ['鼓楼', '江苏', '鼓楼']]);
        // not near a locality word: still a word, or unsure
        expect(named('他去过海门和萧山')).toEqual([]);
    });

    it('reads a county-level city bare where a ranking or `在某地,` puts a place, and not elsewhere', () => {
        expect(named('第二名是常熟,当地老人每月多一些')).toEqual([['常熟', '江苏', '常熟']]);
        expect(named('排在第七位的太仓,退休人员按月划入')).toEqual([['太仓', '江苏', '太仓']]);
        expect(named('紧随其后的是晋江,标准也不低')).toEqual([['晋江', '福建', '晋江']]);
        expect(named('永康排在第五,比上一名少一点')).toEqual([['永康', '浙江', '永康']]);
        expect(named('如皋第八,退休职工每月到账')).toEqual([['如皋', '江苏', '如皋']]);
        expect(named('邳州垫底,标准最低')).toEqual([['邳州', '江苏', '邳州']]);
        expect(named('在丹阳,退休人员每月划入')).toEqual([['丹阳', '江苏', '丹阳']]);
        expect(named('溧阳的退休人员每月划入')).toEqual([['溧阳', '江苏', '溧阳']]);
        // the same names in ordinary words, or after a `在` that is not a preposition, stay words
        expect(named('晚年生活很安宁,心情也好')).toEqual([]);
        expect(named('现在常熟了,不用再问')).toEqual([]);
        expect(named('他在丹阳做生意')).toEqual([]);
    });

    it('reads a county-level city bare as a label (`某地:`) or a whole table cell, and a homograph word there not', () => {
        expect(named('常熟:退休人员每月划入')).toEqual([['常熟', '江苏', '常熟']]);
        expect(named('2. 太仓:每月划入')).toEqual([['太仓', '江苏', '太仓']]);
        expect(named('晋江 | 120 | 130')).toEqual([['晋江', '福建', '晋江']]);
        expect(named('江苏 | 邳州 | 95')).toEqual([['江苏', '江苏', '江苏'], ['邳州', '江苏', '邳州']]);
        expect(named('晚年安宁:心情也好')).toEqual([]);
        expect(named('常熟的标准高一些')).toEqual([['常熟', '江苏', '常熟']]);
        expect(named('一个旧的退休证')).toEqual([]);
        expect(named('排名第二的是常熟,标准也不低')).toEqual([['常熟', '江苏', '常熟']]);
        expect(named('常熟2025年标准为每月')).toEqual([['常熟', '江苏', '常熟']]);
        expect(named('常熟转移接续10个工作日内办结')).toEqual([['常熟', '江苏', '常熟']]);
        expect(named('第3个旧账户')).toEqual([]);
        expect(named('常熟灵活就业人员参加职工医保的')).toEqual([['常熟', '江苏', '常熟']]);
        expect(named('2025年起,常熟70岁以下退休人员每月')).toEqual([['常熟', '江苏', '常熟']]);
        expect(named('备注 | 常熟了再说')).toEqual([]);
    });

    it('gives offsets of the matched text and prefers the longest match', () => {
        const text = '以乌鲁木齐市为例';
        const [m] = findRegions(text);
        expect(text.slice(m!.start, m!.end)).toBe('乌鲁木齐市');
    });

    it('needs the suffix for ordinary county names and for prefecture names that are common words', () => {
        expect(named('两地政策大同小异')).toEqual([]);
        expect(named('山西大同市')).toEqual([['山西', '山西', '山西'], ['大同', '山西', '大同市']]);
        expect(named('海淀区')).toEqual([['海淀', '北京', '海淀区']]);
        expect(named('海淀的老人')).toEqual([]);
    });

    it('reads a bare homograph prefecture name right before a locality word, and nowhere else', () => {
        expect(named('开封这边的标准是多少')).toEqual([['开封', '河南', '开封']]);
        expect(named('听说四平当地也调了')).toEqual([['四平', '吉林', '四平']]);
        expect(named('药品未开封的可以退')).toEqual([]);
        // a province-level city's districts stand where a province's prefectures do
        expect(named('海淀这边的老人')).toEqual([['海淀', '北京', '海淀']]);
    });

    it('reads a bare homograph prefecture name right after its own province (`省·市` lists), and not after another', () => {
        expect(named('山西·大同:每月78元')).toEqual([['山西', '山西', '山西'], ['大同', '山西', '大同']]);
        expect(named('吉林省四平的标准')).toEqual([['吉林', '吉林', '吉林省'], ['四平', '吉林', '四平']]);
        expect(named('河南·大同小异')).toEqual([['河南', '河南', '河南']]);
        expect(named('山西的大同小异')).toEqual([['山西', '山西', '山西']]);
    });

    it('does not read a suffix that starts a word as part of a place name', () => {
        // 海南区 is a district of 乌海, but 海南区域 means "the Hainan area".
        expect(named('海南区域内')).toEqual([['海南', '海南', '海南']]);
    });

    it('keeps a county name shared by several provinces only when the text settles which one', () => {
        expect(named('鼓楼区')).toEqual([]);
        expect(named('福州鼓楼区')).toEqual([['福州', '福建', '福州'], ['鼓楼', '福建', '鼓楼区']]);
    });

    it('lets a province win over a prefecture with the same short name', () => {
        expect(findRegions('海南退休人员')).toMatchObject([{ name: '海南', province: '海南', level: 'province' }]);
    });
});

describe('provinceOf and canonicalRegion', () => {
    it('maps places to provinces, municipalities to themselves', () => {
        expect(provinceOf('深圳')).toBe('广东');
        expect(provinceOf('北京')).toBe('北京');
        expect(provinceOf('琼海')).toBe('海南');
        expect(provinceOf('呼和浩特市')).toBe('内蒙古');
        expect(provinceOf('不存在')).toBeNull();
    });

    it('turns full official names into canonical short names', () => {
        expect(canonicalRegion('广西壮族自治区')).toBe('广西');
        expect(canonicalRegion('乌鲁木齐市')).toBe('乌鲁木齐');
        expect(canonicalRegion('琼海市')).toBe('琼海');
        expect(canonicalRegion('深圳')).toBe('深圳');
        expect(canonicalRegion('退休人员')).toBeNull();
    });
});

describe('the prefecture of a county-level place', () => {
    it('is carried on the mention of a county-level town or district, and on no prefecture', () => {
        const [town, district, prefecture] = findRegions('景洪市、雁塔区和大理州');
        expect([town?.name, town?.prefecture]).toEqual(['景洪', '西双版纳']);
        expect([district?.name, district?.prefecture]).toEqual(['雁塔', '西安']);
        expect([prefecture?.name, prefecture?.prefecture]).toEqual(['大理', undefined]);
    });
});

describe('a town named bare where the page has named it as a place', () => {
    it('finds a county-level town the title names bare, as a word of its own', () => {
        expect(bareTowns('【求助】诸暨的，怎么查余额？').map((m) => m.name)).toEqual(['诸暨']);
        expect(bareTowns('医保个人账户怎么查')).toEqual([]);
    });

    it('reads the same bare name again only where it is a word', () => {
        const town = bareTowns('诸暨的医保')[0]!;
        expect(namesBare('我爸去年在诸暨办的退休', town)).toBe(true);
        expect(namesBare('我爸去年办的退休', town)).toBe(false);
        const pingdu = bareTowns('平度的医保')[0]!;
        expect(namesBare('看水平度量', pingdu)).toBe(false);
    });
});

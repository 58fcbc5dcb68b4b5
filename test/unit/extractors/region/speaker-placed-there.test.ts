/**
 * A speaker placing themselves in a county-level town right before its bare name (`我这边某市,`, `我们这里某县的`,
 * `我老家某市,`, forum shorthand `坐标某市,`): the name is a place when it ends their clause or opens what they say of it.
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../../extractors/index.js';
import { findRegions } from '../../../../extractors/region/index.js';

const names = (text: string) => findRegions(text).map((m) => m.name);

describe('a speaker placing themselves in a town', () => {
    it.each([
        ['我这边宜都，退休的每月划88元。', '宜都'],
        ['我们这里宜都的标准是每月88元。', '宜都'],
        ['我老家江山，听说每月给90元。', '江山'],
        ['坐标枝江，每个月打进来95元。', '枝江'],
        ['咱们那边宜都是每月88元。', '宜都'],
    ])('names the town (%s)', (text, town) => {
        expect(names(text)).toEqual([town]);
    });

    it.each(['我在平安银行查的余额。', '我平安到家了，谢谢大家。', '我们这里平安无事。', '我这边江山如画，风景不错。'])(
        'names no place where the name is a word of the sentence (%s)',
        (text) => {
            expect(names(text)).toEqual([]);
        },
    );
});

describe('a reply naming its own town on a thread asked for another', () => {
    it('claims for the reply’s town, not the thread’s', () => {
        const lines = ['我在枝江，父亲刚退休，医保卡一月能进多少？', '枝江退休的是每月95元。', '我这边宜都，退休的每月划88元。'];
        const page = extractFromText('请教：老人退了休，医保卡里每月能有几个钱', ['请教：老人退了休，医保卡里每月能有几个钱', ...lines].join('\n'), 'https://bbs.example.test/t/1.html');
        const places = page.claims.filter((c) => c.kind === 'figure').map((c) => [c.region, (c as { value: number }).value]);
        expect(places).toEqual([['枝江', 95], ['宜都', 88]]);
    });
});

describe('a county’s bare name', () => {
    it('is a place where a speaker makes it their own', () => {
        expect(names('俺们德清一个月给八十二块，岁数大小都一样。')).toEqual(['德清']);
        expect(names('咱们桐庐每月到账时间是月底。')).toEqual(['桐庐']);
    });

    it('is no place said without the speaker, even before a locality word', () => {
        expect(names('德清一个月给八十二块，岁数大小都一样。')).toEqual([]);
        expect(names('桐庐这边每月到账时间是月底。')).toEqual([]);
        expect(names('德清县这边每月到账时间是月底。')).toEqual(['德清']);
    });
});

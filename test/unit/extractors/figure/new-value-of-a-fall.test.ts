/**
 * A change said with a one-character verb (`降为`, `升至`, `减为`, `增到`) is a change like `下调为`: the value after it is
 * in force, the one before it is old; the new value is read with what changes (`报销比例由…升至…` is no credit) and
 * its own words up to the next comma. Sentences written for these tests (no corpus text).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../extractors/figure/index.js';
import { canonicalPage } from '../../../../extractors/normalize/index.js';
import { passagesFromLines } from '../../../../extractors/passages/from-lines.js';

function employeeRates(line: string): number[] {
    const passages = canonicalPage(passagesFromLines([{ text: line }])).passages;
    return extractFigures(passages, { url: 'https://example.test/a.html', title: '改革解读', published: null })
        .filter((c) => c.metric === 'employee_credit_rate')
        .map((c) => c.value);
}

describe('the new value of a change', () => {
    it.each([
        ['改革以后，在职职工个人账户的划入从原来的约2.8%降为2%左右，单位缴费不再划入个人账户。'],
        ['在职职工个人账户划入比例从过去的2.8%减为2%。'],
        ['在职职工个人账户的计入比例由1.5%升至2%，单位缴费部分另行核算。'],
        ['在职职工个人账户划入比例由1.5%增到2%。'],
    ])('is the rate in force, the old one is not claimed: %s', (line) => {
        expect(employeeRates(line)).toEqual([2]);
    });

    it.each([['在职职工门诊报销比例由50%升至60%，个人账户另按规定计入。'], ['在职职工住院起付后的报销比例由70%增到75%，个人账户划入办法不变。']])(
        'is no credit when its own clause reimburses: %s',
        (line) => {
            expect(employeeRates(line)).toEqual([]);
        },
    );
});

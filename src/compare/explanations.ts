/**
 * The fixed set of explanations a conflict can carry (`explanations` in `claimscope conflicts --json`), each
 * with what the evidence shows, in English for the CLI and in Chinese for the web page. Codes are a contract.
 */
export const EXPLANATION_CODES = [
    'net_vs_gross',
    'changed_over_time',
    'different_brackets',
    'derived_value',
    'copied_misprint',
] as const;
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

export const EXPLANATION_WORDS: Readonly<Record<ExplanationCode, { en: string; zh: string }>> = {
    net_vs_gross: {
        en: 'net vs gross: a page states the deduction that separates the values',
        zh: '到账与应划之差:有页面写明了两值之间的扣除额',
    },
    changed_over_time: {
        en: 'changed over time: the values are stated for different years or published in separate periods',
        zh: '前后变化:两值对应不同年份,或发布时间互不重叠',
    },
    different_brackets: {
        en: 'different brackets: the values are based on different things or come from sentences that split by age',
        zh: '口径不同:计算基数不同,或原文按年龄分档',
    },
    derived_value: {
        en: 'derived value: one side is worked out from a yearly figure no page prints per month',
        zh: '折算值:一方由年额折算成月额,原文并未写出',
    },
    copied_misprint: {
        en: 'copied misprint: one side is a single passage copied between sites, first printed after the other side',
        zh: '转载讹误:一方只是同一段文字的转载,且首发晚于另一方',
    },
};

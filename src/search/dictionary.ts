/**
 * Domain words the segmenter must keep whole. jieba's default dictionary lacks most of them, and
 * without HMM guessing (off, so a short query and a long passage split the same way) they would
 * fall apart into single characters and match unrelated text. Meilisearch gets the same list as its
 * `dictionary` setting.
 */
import { SYNONYM_GROUPS } from './synonyms.js';

export const DOMAIN_WORDS: readonly string[] = [
    ...SYNONYM_GROUPS.flat(),
    // accounts and schemes
    '个人账户', '统筹账户', '医保卡', '社保卡', '医保局', '社保局', '城乡居民', '灵活就业', '退休人员', '在职职工',
    '大病保险', '大额医疗', '门诊统筹', '家庭共济', '亲情账户',
    // procedures
    '异地就医', '转移接续', '参保地', '缴费基数', '工作日', '余额查询',
];

/** The Chinese main-content set's own consistency (see test/helpers/body-set-suite.ts), and its one very long page. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeBodySet, groundTruthOf } from '../helpers/body-set-suite.js';

const DIR = fileURLToPath(new URL('.', import.meta.url));

describeBodySet('test/body-zh', { dir: DIR, minPages: 40, minGbkPages: 2 });

describe('test/body-zh long page', () => {
    it('holds at least one page with more than 60 KB of article text', () => {
        const longest = Math.max(...Object.values(groundTruthOf(DIR)).map((g) => Buffer.byteLength(g.articleBody, 'utf8')));
        expect(longest).toBeGreaterThan(60 * 1024);
    });
});

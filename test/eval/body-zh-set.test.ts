/**
 * bench/body-zh.ts scores any set in the Chinese main-content shape: `--set DIR` on the command line, a
 * directory for `runChineseBodyBenchmark`, test/body-zh when none is given. Runs on a one-page set written here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChineseBodyBenchmark } from '../../bench/body-zh.js';

const BODY = '参保人员可以通过线上渠道办理异地就医备案，备案后在就医地直接结算。\n\n备案有效期内可以多次就诊。';
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>备案</title></head><body><nav><a href="/">首页</a></nav>
<article><h1>异地就医备案</h1>${BODY.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article><footer>版权所有</footer></body></html>`;

const setDir = mkdtempSync(join(tmpdir(), 'claimscope-body-set-'));
mkdirSync(join(setDir, 'html'));
writeFileSync(join(setDir, 'html', 'only-page.html'), PAGE);
writeFileSync(join(setDir, 'ground-truth.json'), JSON.stringify({ 'only-page': { articleBody: BODY, url: 'http://www.example.cn/a.html' } }));
afterAll(() => rmSync(setDir, { recursive: true, force: true }));

describe('Chinese body benchmark set selection', () => {
    it('scores the set in the directory it is given, named in the result', () => {
        const outcome = runChineseBodyBenchmark(setDir);
        if ('skipped' in outcome) throw new Error(outcome.skipped);
        expect(outcome.pages).toBe(1);
        expect(basename(outcome.set)).toBe(basename(setDir));
        expect(outcome.readabilityJs.pages.map((p) => p.id)).toEqual(['only-page']);
    });

    it('takes the set from --set on the command line and prints which set it scored', () => {
        const run = spawnSync('npx', ['tsx', 'bench/body-zh.ts', '--set', setDir, '--json'], { encoding: 'utf8' });
        expect(run.status, run.stderr).toBe(0);
        const result = JSON.parse(run.stdout) as { set: string; pages: number };
        expect(result.pages).toBe(1);
        expect(basename(result.set)).toBe(basename(setDir));
    }, 60_000);

    it('says in one line that a directory without ground truth was skipped', () => {
        const empty = mkdtempSync(join(tmpdir(), 'claimscope-body-empty-'));
        try {
            expect(runChineseBodyBenchmark(empty)).toEqual({ skipped: `Chinese body benchmark skipped: no ground-truth.json in ${empty}` });
        } finally {
            rmSync(empty, { recursive: true, force: true });
        }
    });
});

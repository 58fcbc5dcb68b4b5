/**
 * A data dir whose claims were stored by a claimscope from before extraction confidence: `export` says in one line
 * what is wrong and what to run, instead of printing a validation dump or claims that break the contract.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageStore } from '../../src/storage/page-store.js';
import { pageRecordFromText } from '../helpers/page-record.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '..', '..', 'bin', 'claimscope.js');

let dataDir: string;

beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'claimscope-older-'));
    const page = pageRecordFromText('https://older.example/a.html', '退休人员个人账户\n厦门退休人员每月划入个人账户105元。');
    expect(page.claims).toHaveLength(1);
    // what an earlier version stored: the same claim without the confidence fields
    const claims = page.claims.map(({ confidence: _confidence, confidenceCues: _cues, ...older }) => older);
    await (await PageStore.open(dataDir)).put({ ...page, claims: claims as typeof page.claims });
});

afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
});

describe('export of claims stored by an older version', () => {
    it('fails with one line that names the page and asks for a reindex', async () => {
        const failure = await run(process.execPath, [CLI, 'export', '--data-dir', dataDir], { env: { ...process.env, REDIS_URL: '', MEILI_URL: '' } })
            .then(() => null, (err: { code: number; stdout: string; stderr: string }) => err);
        expect(failure).not.toBeNull();
        expect(failure!.code).toBe(1);
        expect(failure!.stdout).toBe('');
        expect(failure!.stderr.trim().split('\n')).toEqual([
            'claimscope: a stored claim of https://older.example/a.html does not fit the claim contract (confidence: ' +
                'Invalid input: expected number, received undefined); it was extracted by an older version — run ' +
                '`claimscope reindex` to extract the stored pages again',
        ]);
    });
});

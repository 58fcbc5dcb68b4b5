/** What `schedule add <site-or-url>` starts from, checked before anything is stored. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { resolveScheduleTarget } from '../../../src/schedules/settings.js';

const SITES = [
    { id: 'hrss-example', startUrls: ['https://hrss.example.cn/ybzc/', 'https://hrss.example.cn/ylbx/'] },
    { id: 'no-start', startUrls: [] },
];

describe('resolveScheduleTarget', () => {
    it('keeps a URL as the user gave it, trailing slash included, minus tracking parameters and fragment', () => {
        expect(resolveScheduleTarget('https://hrss.example.cn/ybzc/?utm_source=x#top', [], SITES)).toEqual({
            target: 'https://hrss.example.cn/ybzc/',
            startUrls: ['https://hrss.example.cn/ybzc/'],
        });
    });

    it('starts a site id at the start URLs of its definition', () => {
        expect(resolveScheduleTarget('hrss-example', ['cdn.example.cn'], SITES)).toEqual({
            target: 'hrss-example',
            startUrls: ['https://hrss.example.cn/ybzc/', 'https://hrss.example.cn/ylbx/'],
        });
    });

    it('refuses a site without start URLs, an unknown id and a bad --allow-host as usage errors', () => {
        expect(() => resolveScheduleTarget('no-start', [], SITES)).toThrow(new UsageError('site no-start has no start URLs in its definition: give a start URL instead'));
        expect(() => resolveScheduleTarget('hrss', [], SITES)).toThrow(
            new UsageError('expected an http(s) start URL or a site id (hrss-example), got "hrss"'),
        );
        expect(() => resolveScheduleTarget('https://hrss.example.cn/', ['a b'], SITES)).toThrow(UsageError);
        expect(() => resolveScheduleTarget('hrss-example', ['a/b'], SITES)).toThrow(/--allow-host expects a host or host:port/);
    });
});

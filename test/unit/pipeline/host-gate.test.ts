import { describe, expect, it } from 'vitest';
import { HostGate } from '../../../src/pipeline/host-gate.js';

describe('HostGate', () => {
    it('never lets more than the cap into one host, while other hosts proceed', async () => {
        const gate = new HostGate(2);
        let inFlight = 0;
        let most = 0;
        const visit = async (host: string, counts: boolean) => {
            const release = await gate.acquire(host);
            if (counts) most = Math.max(most, ++inFlight);
            await new Promise((resolve) => setTimeout(resolve, 5));
            if (counts) inFlight--;
            release();
        };
        await Promise.all([
            ...Array.from({ length: 8 }, () => visit('a.example', true)),
            ...Array.from({ length: 3 }, () => visit('b.example', false)),
        ]);
        expect(most).toBe(2);
    });

    it('holds every request to a paused host until the pause ends', async () => {
        const gate = new HostGate(4);
        gate.pause('a.example', 150);
        const started = Date.now();
        const release = await gate.acquire('a.example');
        release();
        expect(Date.now() - started).toBeGreaterThanOrEqual(140);
        const other = Date.now();
        (await gate.acquire('b.example'))();
        expect(Date.now() - other).toBeLessThan(50);
    });
});

describe('HostGate delay', () => {
    it('starts two requests to one host at least the delay apart, other hosts unaffected', async () => {
        const gate = new HostGate(4, (host) => (host === '127.0.0.1:8080' ? 120 : 0));
        const starts: number[] = [];
        const other: number[] = [];
        const t0 = Date.now();
        await Promise.all([
            ...Array.from({ length: 3 }, async () => {
                (await gate.acquire('127.0.0.1:8080'))();
                starts.push(Date.now() - t0);
            }),
            ...Array.from({ length: 3 }, async () => {
                (await gate.acquire('127.0.0.1:8081'))();
                other.push(Date.now() - t0);
            }),
        ]);
        starts.sort((a, b) => a - b);
        expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(115);
        expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(115);
        expect(Math.max(...other)).toBeLessThan(100);
    });
});

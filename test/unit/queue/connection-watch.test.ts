/**
 * How a process reports Redis trouble: a one-shot command fails in one line naming Redis and the socket error;
 * a worker logs an outage once, not once per connection and reconnect attempt.
 */
import { describe, expect, it } from 'vitest';
import { ClaimscopeError } from '../../../src/errors.js';
import { ConnectionWatch, displayRedisUrl } from '../../../src/queue/connection.js';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6390'), { code: 'ECONNREFUSED' });

describe('ConnectionWatch', () => {
    it('explains a failed command as "cannot reach Redis" once a connection was refused', () => {
        const watch = new ConnectionWatch('redis://127.0.0.1:6390');
        watch.listener('redis')(refused());
        const explained = watch.explain(new Error('Reached the max retries per request limit (which is 1).'));
        expect(explained).toBeInstanceOf(ClaimscopeError);
        expect((explained as Error).message).toBe('cannot reach Redis at redis://127.0.0.1:6390 (ECONNREFUSED)');
    });

    it('leaves other errors alone, and forgets the outage once Redis is ready again', () => {
        const watch = new ConnectionWatch('redis://127.0.0.1:6390');
        const wrongType = new Error('WRONGTYPE Operation against a key holding the wrong kind of value');
        expect(watch.explain(wrongType)).toBe(wrongType);
        watch.listener('redis')(refused());
        watch.ready();
        expect(watch.explain(wrongType)).toBe(wrongType);
    });

    it('logs an outage once however many connections report it, then that Redis is back', () => {
        const lines: string[] = [];
        const watch = new ConnectionWatch('redis://:secret@127.0.0.1:6390', (line) => lines.push(line));
        for (let attempt = 0; attempt < 5; attempt++) {
            for (const source of ['redis', 'queue pages', 'worker pages']) watch.listener(source)(refused());
        }
        watch.listener('worker pages')(new Error('Missing lock for job 7'));
        watch.ready();
        expect(lines).toEqual([
            'cannot reach Redis at redis://:***@127.0.0.1:6390 (ECONNREFUSED); reconnecting',
            'worker pages: Missing lock for job 7',
            'Redis at redis://:***@127.0.0.1:6390 is back',
        ]);
    });

    it('never shows the password of a Redis URL', () => {
        expect(displayRedisUrl('rediss://user:p%40ss@redis.example:6380/2')).toBe('rediss://user:***@redis.example:6380/2');
        expect(displayRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    });
});

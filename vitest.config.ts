import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Integration suites start real servers (HTTP, redis-server with three worker processes, Chromium). On two
        // cores, running two such files at once starved the Redis-restart suite's workers past its timeouts, so
        // files run one after another; the unit files are fast either way.
        fileParallelism: false,
        testTimeout: 120_000,
        hookTimeout: 180_000,
        pool: 'forks',
    },
});

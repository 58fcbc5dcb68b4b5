import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Integration suites start real servers (HTTP, redis-server, Chromium): give them room on 2 cores.
        testTimeout: 120_000,
        hookTimeout: 120_000,
        pool: 'forks',
        maxWorkers: 2,
    },
});

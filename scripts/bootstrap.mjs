#!/usr/bin/env node
// Makes a fresh clone runnable, so the README's quick start stays two commands. Plain Node, no dependencies:
// it runs before node_modules exists.
//   node scripts/bootstrap.mjs           npm packages (npm ci when node_modules is missing or stale)
//   node scripts/bootstrap.mjs --system  also the Debian packages the test suite drives for real:
//                                        redis-server, chromium, CJK fonts, and readability-lxml for the
//                                        Chinese main-content comparison (needs root; apt-get)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

function run(command, args) {
    console.error(`bootstrap: ${command} ${args.join(' ')}`);
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function has(binary) {
    return spawnSync('sh', ['-c', `command -v ${binary}`], { stdio: 'ignore' }).status === 0;
}

const marker = 'node_modules/.package-lock.json';
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs) {
    run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--system')) {
    const wanted = [
        ['redis-server', 'redis-server'],
        ['chromium', 'chromium'],
    ].filter(([binary]) => !has(binary));
    const fontsMissing = !existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
    const readabilityLxmlMissing = !existsSync('/usr/lib/python3/dist-packages/readability');
    const packages = [
        ...wanted.map(([, pkg]) => pkg),
        ...(fontsMissing ? ['fonts-noto-cjk'] : []),
        ...(readabilityLxmlMissing ? ['python3-readability'] : []),
    ];
    if (packages.length > 0) {
        if (process.getuid?.() !== 0) {
            console.error(`bootstrap: the tests need ${packages.join(', ')}; install them with: sudo apt-get install -y ${packages.join(' ')}`);
            process.exit(1);
        }
        run('apt-get', ['update', '-qq']);
        run('apt-get', ['install', '-y', '-qq', ...packages]);
    }
}

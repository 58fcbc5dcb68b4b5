import type { Command } from 'commander';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import type { ScheduleInfo } from '../../ops/types.js';
import { formatDuration, parseDuration } from '../../queue/durations.js';
import { ScheduleAdmin } from '../../queue/schedules.js';
import { printJson } from '../output.js';

function collect(value: string, previous: string[]): string[] {
    return [...previous, value];
}

async function withAdmin<T>(use: (admin: ScheduleAdmin) => Promise<T>): Promise<T> {
    const { redisUrl } = loadConfig();
    if (!redisUrl) throw new UsageError('schedules live in Redis: set REDIS_URL');
    return ScheduleAdmin.use(redisUrl, use);
}

function describe(s: ScheduleInfo): string {
    const next = s.paused ? 'paused' : `next ${s.nextRunAt ?? '?'}`;
    const bounds = `pages every ${formatDuration(s.minIntervalMs)}–${formatDuration(s.maxIntervalMs)}`;
    // A site id says little on its own: show where its runs start.
    const target = s.startUrls.length === 1 && s.startUrls[0] === s.target ? s.target : `${s.target} (${s.startUrls.join(', ')})`;
    return `${s.id}  ${target}  every ${s.every}  (${bounds})  ${next}`;
}

export function registerSchedule(program: Command): void {
    const schedule = program.command('schedule').description('recurring recrawls (needs REDIS_URL and running workers)');

    schedule
        .command('add')
        .description('recrawl a site every interval; each page adapts its own interval within the bounds')
        .argument('<site-or-url>', 'start URL of the recrawl, or the id of a site defined with start URLs (crawlers/)')
        .requiredOption('--every <duration>', 'how often the recrawl runs, e.g. 6h, 30m, 1d')
        .option('--min-interval <duration>', 'a page that keeps changing is refetched at most this often (default every/4)')
        .option('--max-interval <duration>', 'a page that never changes is refetched at least this often (default every×8)')
        .option('--allow-host <host...>', 'also visit these hosts (host or host:port)', collect, [])
        .option('--now', 'also run it once right away')
        .option('--json', 'print the schedule as JSON')
        .action(async (target: string, flags: { every: string; minInterval?: string; maxInterval?: string; allowHost: string[]; now?: boolean; json?: boolean }) => {
            await withAdmin(async (admin) => {
                const info = await admin.add({
                    target,
                    everyMs: parseDuration(flags.every),
                    minIntervalMs: flags.minInterval ? parseDuration(flags.minInterval) : undefined,
                    maxIntervalMs: flags.maxInterval ? parseDuration(flags.maxInterval) : undefined,
                    allowHosts: flags.allowHost,
                });
                if (flags.now) await admin.runNow(info.id);
                if (flags.json) printJson(info);
                else process.stdout.write(`${describe(info)}\n`);
            });
        });

    schedule
        .command('list')
        .description('list recurring recrawls, soonest first')
        .option('--json', 'print JSON')
        .action(async (flags: { json?: boolean }) => {
            await withAdmin(async (admin) => {
                const all = await admin.list();
                if (flags.json) printJson(all);
                else process.stdout.write(all.length > 0 ? `${all.map(describe).join('\n')}\n` : 'no schedules\n');
            });
        });

    schedule
        .command('pause')
        .description('stop a recrawl from running until resumed')
        .argument('<id>')
        .action(async (id: string) => withAdmin(async (admin) => void process.stdout.write(`${describe(await admin.pause(id))}\n`)));

    schedule
        .command('resume')
        .description('run a paused recrawl again (next run one interval from now)')
        .argument('<id>')
        .action(async (id: string) => withAdmin(async (admin) => void process.stdout.write(`${describe(await admin.resume(id))}\n`)));

    schedule
        .command('remove')
        .description('delete a recurring recrawl')
        .argument('<id>')
        .action(async (id: string) =>
            withAdmin(async (admin) => {
                await admin.remove(id);
                process.stdout.write(`removed ${id}\n`);
            }),
        );

    schedule
        .command('run')
        .description('run a recrawl now, outside its schedule')
        .argument('<id>')
        .action(async (id: string) =>
            withAdmin(async (admin) => {
                await admin.runNow(id);
                process.stdout.write(`queued a recrawl for ${id}\n`);
            }),
        );
}

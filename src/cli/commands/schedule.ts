import type { Command } from 'commander';
import { loadSitesFile } from '../../../crawlers/sites-file.js';
import { loadConfig } from '../../config/index.js';
import type { ScheduleInfo } from '../../ops/types.js';
import { formatDuration, parseDuration } from '../../queue/durations.js';
import { ScheduleAdmin } from '../../queue/schedules.js';
import { EmbeddedSchedules, readEmbeddedSchedules } from '../../schedules/embedded-schedules.js';
import type { NewSchedule } from '../../schedules/settings.js';
import { printJson } from '../output.js';
import { reportRun } from './crawl.js';

function collect(value: string, previous: string[]): string[] {
    return [...previous, value];
}

/** The commands both homes of schedules answer alike; `run` differs (queued on Redis, crawled here otherwise). */
interface Schedules {
    add(input: NewSchedule): Promise<ScheduleInfo> | ScheduleInfo;
    list(): Promise<ScheduleInfo[]> | ScheduleInfo[];
    pause(id: string): Promise<ScheduleInfo> | ScheduleInfo;
    resume(id: string): Promise<ScheduleInfo> | ScheduleInfo;
    remove(id: string): Promise<void> | void;
}

/** REDIS_URL set: schedules live in Redis and workers run them; otherwise in the data dir. */
async function withSchedules<T>(
    flags: { dataDir?: string },
    use: (schedules: Schedules, runNow: (id: string) => Promise<void>) => Promise<T>,
): Promise<T> {
    const config = loadConfig({ dataDir: flags.dataDir });
    if (config.redisUrl) {
        return ScheduleAdmin.use(config.redisUrl, (admin) =>
            use(admin, async (id) => {
                await admin.runNow(id);
                process.stdout.write(`queued a recrawl for ${id}\n`);
            }),
        );
    }
    return EmbeddedSchedules.use(config, (embedded) =>
        use(embedded, async (id) => {
            process.stderr.write(`running ${id} now\n`);
            const run = await embedded.run(id, { sites: loadSitesFile(undefined, config.dataDir)?.sites });
            await reportRun(run, config);
        }),
    );
}

function describe(s: ScheduleInfo): string {
    const next = s.paused ? 'paused' : `next ${s.nextRunAt ?? '?'}`;
    const bounds = `pages every ${formatDuration(s.minIntervalMs)}–${formatDuration(s.maxIntervalMs)}`;
    // A site id says little on its own: show where its runs start.
    const target = s.startUrls.length === 1 && s.startUrls[0] === s.target ? s.target : `${s.target} (${s.startUrls.join(', ')})`;
    return `${s.id}  ${target}  every ${s.every}  (${bounds})  ${next}`;
}

export function registerSchedule(program: Command): void {
    const schedule = program
        .command('schedule')
        .description('recurring recrawls: kept in the data dir and run by `claimscope watch` or `serve` (with REDIS_URL: in Redis, run by workers)');

    schedule
        .command('add')
        .description('recrawl a site every interval; each page adapts its own interval within the bounds')
        .argument('<site-or-url>', 'start URL of the recrawl, or the id of a site in the sites file (or in crawlers/)')
        .requiredOption('--every <duration>', 'how often the recrawl runs, e.g. 6h, 30m, 1d')
        .option('--min-interval <duration>', 'a page that keeps changing is refetched at most this often (default every/4)')
        .option('--max-interval <duration>', 'a page that never changes is refetched at least this often (default every×8)')
        .option('--allow-host <host...>', 'also visit these hosts (host or host:port)', collect, [])
        .option('--sites <file>', 'sites file (YAML or JSON) the site id is looked up in (default <data-dir>/sites.yaml when present)')
        .option('--now', 'also run it once right away')
        .option('--json', 'print the schedule as JSON')
        .action(
            async (
                target: string,
                flags: { every: string; minInterval?: string; maxInterval?: string; allowHost: string[]; sites?: string; now?: boolean; json?: boolean; dataDir?: string },
            ) => {
                const config = loadConfig({ dataDir: flags.dataDir });
                const sitesFile = loadSitesFile(flags.sites, config.dataDir);
                const input: NewSchedule = {
                    target,
                    everyMs: parseDuration(flags.every),
                    minIntervalMs: flags.minInterval ? parseDuration(flags.minInterval) : undefined,
                    maxIntervalMs: flags.maxInterval ? parseDuration(flags.maxInterval) : undefined,
                    allowHosts: flags.allowHost,
                    sites: sitesFile?.sites,
                };
                await withSchedules(flags, async (schedules, runNow) => {
                    const info = await schedules.add(input);
                    if (flags.json) printJson(info);
                    else process.stdout.write(`${describe(info)}\n`);
                    if (flags.now) await runNow(info.id);
                });
            },
        );

    schedule
        .command('list')
        .description('list recurring recrawls, soonest first')
        .option('--json', 'print a JSON array of schedules')
        .action(async (flags: { json?: boolean; dataDir?: string }) => {
            const print = (all: ScheduleInfo[]): void => {
                if (flags.json) printJson(all);
                else process.stdout.write(all.length > 0 ? `${all.map(describe).join('\n')}\n` : 'no schedules\n');
            };
            const config = loadConfig({ dataDir: flags.dataDir });
            // Listing only reads: a data dir that does not exist yet has no schedules and is not created.
            if (!config.redisUrl) return print(readEmbeddedSchedules(config.dataDir));
            await withSchedules(flags, async (schedules) => print(await schedules.list()));
        });

    schedule
        .command('pause')
        .description('stop a recrawl from running until resumed')
        .argument('<id>')
        .action(async (id: string, flags: { dataDir?: string }) =>
            withSchedules(flags, async (schedules) => void process.stdout.write(`${describe(await schedules.pause(id))}\n`)),
        );

    schedule
        .command('resume')
        .description('run a paused recrawl again (next run one interval from now)')
        .argument('<id>')
        .action(async (id: string, flags: { dataDir?: string }) =>
            withSchedules(flags, async (schedules) => void process.stdout.write(`${describe(await schedules.resume(id))}\n`)),
        );

    schedule
        .command('remove')
        .description('delete a recurring recrawl')
        .argument('<id>')
        .action(async (id: string, flags: { dataDir?: string }) =>
            withSchedules(flags, async (schedules) => {
                await schedules.remove(id);
                process.stdout.write(`removed ${id}\n`);
            }),
        );

    schedule
        .command('run')
        .description('run a recrawl now, outside its schedule (in this process; with REDIS_URL: queued for the workers)')
        .argument('<id>')
        .action(async (id: string, flags: { dataDir?: string }) => withSchedules(flags, async (_schedules, runNow) => runNow(id)));
}

import type { Command } from 'commander';
import { loadSitesFile, siteOfUrl, type SitesFile } from '../../../crawlers/sites-file.js';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../output.js';

function requireSitesFile(flag: string | undefined, dataDir: string): SitesFile {
    const file = loadSitesFile(flag, dataDir);
    if (!file) throw new UsageError(`no sites file: give --sites FILE, or put one at ${dataDir}/sites.yaml`);
    return file;
}

export function registerSites(program: Command): void {
    const sites = program.command('sites').description('sites described in a sites file (YAML or JSON): list them, check a URL against them');

    sites
        .command('list')
        .description('the sites of the sites file, checked')
        .option('--sites <file>', 'sites file (default <data-dir>/sites.yaml)')
        .option('--json', 'print a JSON array of sites')
        .action((flags: { sites?: string; json?: boolean; dataDir?: string }) => {
            const file = requireSitesFile(flags.sites, loadConfig({ dataDir: flags.dataDir }).dataDir);
            if (flags.json) {
                printJson(file.sites.map((s) => s.entry));
                return;
            }
            const lines = file.sites.map(({ entry }) => {
                const extras = [
                    entry.maxDepth !== undefined ? `depth ${entry.maxDepth}` : '',
                    entry.delayMs !== undefined ? `${entry.delayMs} ms between requests` : '',
                    entry.sitemaps === true ? 'sitemaps from robots.txt' : entry.sitemaps === false ? '' : `${entry.sitemaps.length} sitemaps`,
                    entry.notify ? `notifies ${entry.notify}` : '',
                ].filter(Boolean);
                return `${entry.id}  ${entry.startUrls.join(' ')}  hosts ${entry.hosts.join(', ')}${extras.length > 0 ? `  (${extras.join(', ')})` : ''}`;
            });
            process.stdout.write(`${lines.join('\n')}\n`);
        });

    sites
        .command('check')
        .description('which site and rule a URL falls under, and why')
        .argument('<url>')
        .option('--sites <file>', 'sites file (default <data-dir>/sites.yaml)')
        .option('--json', 'print the verdict as JSON')
        .action((raw: string, flags: { sites?: string; json?: boolean; dataDir?: string }) => {
            const file = requireSitesFile(flags.sites, loadConfig({ dataDir: flags.dataDir }).dataDir);
            if (!URL.canParse(raw) || !/^https?:$/.test(new URL(raw).protocol)) throw new UsageError(`not an http(s) URL: ${JSON.stringify(raw)}`);
            const url = new URL(raw);
            const site = siteOfUrl(file, url);
            if (!site) {
                const hosts = file.sites.flatMap((s) => s.entry.hosts);
                const message = `no site: host ${url.host} is not among the hosts of ${file.path} (${hosts.join(', ')})`;
                if (flags.json) printJson({ url: url.href, site: null, follow: false, article: false, reason: message });
                // Not an error of the command, but scripts asking "is this URL covered?" read the exit code.
                else process.stdout.write(`${url.href}\n  ${message}\n`);
                process.exitCode = 1;
                return;
            }
            const verdict = site.explain(url);
            if (flags.json) {
                printJson({ url: url.href, ...verdict });
                return;
            }
            const what = !verdict.follow ? 'not followed' : verdict.article ? 'followed; may hold an article' : 'followed as a list page (links only)';
            process.stdout.write(`${url.href}\n  site ${verdict.site}: ${what}\n  because ${verdict.reason}\n`);
        });
}

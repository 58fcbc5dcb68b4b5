/**
 * `npx tsx test/blind27/score.ts`: crawl the twenty-seventh blind set over loopback and print the scorer's full report
 * against test/blind27/gold.jsonl (with --pages), misses and false hits included.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGoldSetReport, type GoldSet } from '../eval/crawl-and-score.js';
import { startBlind27Server } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));

export const BLIND27_GOLD: GoldSet = { gold: join(here, 'gold.jsonl'), pages: join(here, 'pages.txt') };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await printGoldSetReport(BLIND27_GOLD, startBlind27Server);

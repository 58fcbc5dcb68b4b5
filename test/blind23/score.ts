/**
 * `npx tsx test/blind23/score.ts`: crawl the twenty-third blind set over loopback and print the scorer's full report
 * against test/blind23/gold.jsonl (with --pages), misses and false hits included.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGoldSetReport, type GoldSet } from '../eval/crawl-and-score.js';
import { startBlind23Server } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));

export const BLIND23_GOLD: GoldSet = { gold: join(here, 'gold.jsonl'), pages: join(here, 'pages.txt') };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await printGoldSetReport(BLIND23_GOLD, startBlind23Server);

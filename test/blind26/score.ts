/**
 * `npx tsx test/blind26/score.ts`: crawl the twenty-sixth blind set over loopback and print the scorer's full report
 * against test/blind26/gold.jsonl (with --pages), misses and false hits included.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGoldSetReport, type GoldSet } from '../eval/crawl-and-score.js';
import { startBlind26Server } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));

export const BLIND26_GOLD: GoldSet = { gold: join(here, 'gold.jsonl'), pages: join(here, 'pages.txt') };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await printGoldSetReport(BLIND26_GOLD, startBlind26Server);

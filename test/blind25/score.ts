/**
 * `npx tsx test/blind25/score.ts`: crawl the twenty-fifth blind set over loopback and print the scorer's full report
 * against test/blind25/gold.jsonl (with --pages), misses and false hits included.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGoldSetReport, type GoldSet } from '../eval/crawl-and-score.js';
import { startBlind25Server } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));

export const BLIND25_GOLD: GoldSet = { gold: join(here, 'gold.jsonl'), pages: join(here, 'pages.txt') };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await printGoldSetReport(BLIND25_GOLD, startBlind25Server);

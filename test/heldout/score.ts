/**
 * `npx tsx test/heldout/score.ts`: crawl the held-out pages over loopback and print the scorer's full report
 * against test/heldout/gold.jsonl (with --pages), misses and false hits included.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printGoldSetReport, type GoldSet } from '../eval/crawl-and-score.js';
import { startHeldoutServer } from './serve.js';

const here = dirname(fileURLToPath(import.meta.url));

export const HELDOUT_GOLD: GoldSet = { gold: join(here, 'gold.jsonl'), pages: join(here, 'pages.txt') };

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await printGoldSetReport(HELDOUT_GOLD, startHeldoutServer);

/** The twenty-third blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind23Server } from './serve.js';

describeGoldSet({ name: 'blind23', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind23Server, missingPath: '/www.blind23-wendangku.example/missing.html' });

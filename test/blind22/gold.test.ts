/** The twenty-second blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind22Server } from './serve.js';

describeGoldSet({ name: 'blind22', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind22Server, missingPath: '/www.blind22-wendangku.example/missing.html' });

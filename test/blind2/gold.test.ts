/** The second blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind2Server } from './serve.js';

describeGoldSet({ name: 'blind2', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind2Server, missingPath: '/www.blind2-guide.example/missing.html' });

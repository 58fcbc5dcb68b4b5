/** The twenty-first blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind21Server } from './serve.js';

describeGoldSet({ name: 'blind21', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind21Server, missingPath: '/www.blind21-wenkuku.example/missing.html' });

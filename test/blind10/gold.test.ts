/** The tenth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind10Server } from './serve.js';

describeGoldSet({ name: 'blind10', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind10Server, missingPath: '/www.blind10-menhu.example/missing.html' });

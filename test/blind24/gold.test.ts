/** The twenty-fourth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind24Server } from './serve.js';

describeGoldSet({ name: 'blind24', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind24Server, missingPath: '/www.blind24-laixigov.example/missing.html' });

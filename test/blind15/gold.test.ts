/** The fifteenth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind15Server } from './serve.js';

describeGoldSet({ name: 'blind15', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind15Server, missingPath: '/www.blind15-daokewenku.example/missing.html' });

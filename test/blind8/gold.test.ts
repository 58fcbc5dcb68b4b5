/** The eighth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind8Server } from './serve.js';

describeGoldSet({ name: 'blind8', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind8Server, missingPath: '/www.blind8-dayin.example/missing.html' });

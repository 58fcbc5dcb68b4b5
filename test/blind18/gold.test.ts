/** The eighteenth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind18Server } from './serve.js';

describeGoldSet({ name: 'blind18', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind18Server, missingPath: '/www.blind18-wenkuba.example/missing.html' });

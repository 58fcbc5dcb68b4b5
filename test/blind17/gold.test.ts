/** The seventeenth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind17Server } from './serve.js';

describeGoldSet({ name: 'blind17', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind17Server, missingPath: '/www.blind17-docin88.example/missing.html' });

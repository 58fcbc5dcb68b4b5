/** The eleventh blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind11Server } from './serve.js';

describeGoldSet({ name: 'blind11', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind11Server, missingPath: '/www.blind11-xinwen.example/missing.html' });

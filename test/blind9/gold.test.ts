/** The ninth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind9Server } from './serve.js';

describeGoldSet({ name: 'blind9', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind9Server, missingPath: '/www.blind9-xinwen.example/missing.html' });

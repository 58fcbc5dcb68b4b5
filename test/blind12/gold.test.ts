/** The twelfth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind12Server } from './serve.js';

describeGoldSet({ name: 'blind12', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind12Server, missingPath: '/www.blind12-xinwen.example/missing.html' });

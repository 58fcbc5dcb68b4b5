/** The fourteenth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind14Server } from './serve.js';

describeGoldSet({ name: 'blind14', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind14Server, missingPath: '/www.blind14-doc88.example/missing.html' });

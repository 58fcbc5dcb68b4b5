/** The twenty-fifth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind25Server } from './serve.js';

describeGoldSet({ name: 'blind25', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind25Server, missingPath: '/www.blind25-wendangku.example/missing.html' });

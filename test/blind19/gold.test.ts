/** The nineteenth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind19Server } from './serve.js';

describeGoldSet({ name: 'blind19', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind19Server, missingPath: '/www.blind19-jieshouyb.example/missing.html' });

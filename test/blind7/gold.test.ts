/** The seventh blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind7Server } from './serve.js';

describeGoldSet({ name: 'blind7', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind7Server, missingPath: '/www.blind7-sohu.example/missing.html' });

/** The sixteenth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind16Server } from './serve.js';

describeGoldSet({ name: 'blind16', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind16Server, missingPath: '/www.blind16-wendangku.example/missing.html' });

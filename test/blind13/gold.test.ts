/** The thirteenth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind13Server } from './serve.js';

describeGoldSet({ name: 'blind13', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind13Server, missingPath: '/www.blind13-wenku.example/missing.html' });

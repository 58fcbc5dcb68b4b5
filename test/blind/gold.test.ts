/** The blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlindServer } from './serve.js';

describeGoldSet({ name: 'blind', dir: dirname(fileURLToPath(import.meta.url)), start: startBlindServer, missingPath: '/www.blind-notice.example/missing.html' });

/** The twentieth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind20Server } from './serve.js';

describeGoldSet({ name: 'blind20', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind20Server, missingPath: '/www.blind20-baike.example/missing.html' });

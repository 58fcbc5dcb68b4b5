/** The sixth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind6Server } from './serve.js';

describeGoldSet({ name: 'blind6', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind6Server, missingPath: '/www.blind6-baijia.example/missing.html' });

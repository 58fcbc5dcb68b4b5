/** The fourth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind4Server } from './serve.js';

describeGoldSet({ name: 'blind4', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind4Server, missingPath: '/www.blind4-lawyer.example/missing.html' });

/** The third blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind3Server } from './serve.js';

describeGoldSet({ name: 'blind3', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind3Server, missingPath: '/www.blind3-faq.example/missing.html' });

/** The twenty-sixth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind26Server } from './serve.js';

describeGoldSet({ name: 'blind26', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind26Server, missingPath: '/www.blind26-wendangyun.example/missing.html' });

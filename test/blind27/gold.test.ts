/** The twenty-seventh blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind27Server } from './serve.js';

describeGoldSet({ name: 'blind27', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind27Server, missingPath: '/www.blind27-wendangzj.example/missing.html' });

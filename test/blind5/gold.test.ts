/** The fifth blind set's own consistency (test/helpers/gold-set-suite.ts). */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeGoldSet } from '../helpers/gold-set-suite.js';
import { startBlind5Server } from './serve.js';

describeGoldSet({ name: 'blind5', dir: dirname(fileURLToPath(import.meta.url)), start: startBlind5Server, missingPath: '/www.blind5-fagui.example/missing.html' });

/** The second Chinese main-content set's own consistency (see test/helpers/body-set-suite.ts). */
import { fileURLToPath } from 'node:url';
import { describeBodySet } from '../helpers/body-set-suite.js';

describeBodySet('test/body-zh2', { dir: fileURLToPath(new URL('.', import.meta.url)), minPages: 40, minGbkPages: 4 });

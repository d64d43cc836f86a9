/** The Action's entry (bundled to dist/index.js): the real engine, the real environment. */
import { runProofgate } from '../driver.js';
import { runAction } from './run.js';

process.exitCode = await runAction(runProofgate);

/** The Action's entry (bundled to dist/index.js): the real engine, the real environment. */
import { runAnalyze } from '../analyze-run.js';
import { runProofgate } from '../driver.js';
import { tuneJitFor } from '../jit-tuning.js';
import { runAction } from './run.js';
import { apiTimingFromTestEnv } from './test-timing.js';

const engine: typeof runProofgate = (opts) => {
  tuneJitFor(opts);
  return runProofgate(opts);
};
const code = await runAction(engine, process.env, apiTimingFromTestEnv(process.env), runAnalyze);
// Exit explicitly: solver worker threads or keep-alive sockets left by a dependency must
// never keep a runner's job alive. Everything the run writes (stdout, GITHUB_OUTPUT, the job
// summary) is written synchronously or awaited before runAction returns.
process.exit(code);

/**
 * PROOFGATE_TEST_API_TIME_SCALE: the one test hook of the shipped entry (dist/index.js).
 * The end-to-end tests run the real bundle as a runner does, so an environment variable
 * is the only way to reach it; with it set to a number in (0, 1), GitHub request spacing
 * and retry waits are scaled by it (see ApiTiming in github.ts) and the run says so in its
 * log. It is not an Action input, is not documented for users, and must never be set in a
 * workflow: it would make the Action ignore GitHub's rate-limit guidance.
 */
import type { ApiTiming } from './github.js';
import { PRODUCTION_TIMING } from './github.js';

export const TEST_TIME_SCALE_VAR = 'PROOFGATE_TEST_API_TIME_SCALE';

/** Production timing unless the test variable holds a valid scale; a bad value is ignored. */
export function apiTimingFromTestEnv(env: NodeJS.ProcessEnv): { timing: ApiTiming; note: string | null } {
  const raw = env[TEST_TIME_SCALE_VAR];
  if (raw === undefined || raw === '') return { timing: PRODUCTION_TIMING, note: null };
  const scale = Number(raw);
  if (!(scale > 0 && scale <= 1)) return { timing: PRODUCTION_TIMING, note: `${TEST_TIME_SCALE_VAR}='${raw}' ignored (must be in (0, 1])` };
  return { timing: { timeScale: scale }, note: `${TEST_TIME_SCALE_VAR}=${scale}: GitHub request waits are scaled down (tests only)` };
}

/**
 * The proof cache that test files verifying the same crates share within one `npm test`
 * (scripts/test.mjs makes it fresh for the run and removes it after). Outside that script
 * (a test file run alone) there is none and every query goes to the solver.
 *
 * Sharing works only between runs asking the very same queries: same solver, and the same
 * budget and failure limit, which the cache key (query text, solver, timeout) and the pool
 * settings below fix. Files that share use these constants.
 */
export const SHARED_CACHE: string | null = process.env.PROOFGATE_TEST_CACHE || null;

/** The solver budget per query of the files that share the cache. */
export const SHARED_TIMEOUT_MS = 30_000;

/** The pool's failure limit of the files that share the cache (it decides which goals are skipped). */
export const SHARED_MAX_FAILURES = 3;

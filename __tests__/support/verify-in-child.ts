/**
 * Runs the driver on the given paths and prints the results file as JSON: for tests that
 * need the engine in a process of its own (a smaller stack, to reach a stack limit with a
 * small input).
 */
import { runProofgate } from '../../src/driver.js';

const results = await runProofgate({ paths: process.argv.slice(2), mode: 'verify', cacheDir: null, solver: 'native', jobs: 1 });
process.stdout.write(JSON.stringify(results));

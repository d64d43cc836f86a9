/** `proofgate verify --dump-ir`: the IR of the selected functions as text, instead of verifying. */
import { checkPaths } from './driver.js';
import { globMatcher } from './glob.js';
import { lowerCrate } from './ir/lower.js';
import { printResult } from './ir/print.js';
import { renderHuman } from './report/human.js';

/** The text to print and whether the front end found errors (then nothing is lowered). */
export function dumpIr(paths: string[], functionGlob: string | undefined): { text: string; errors: boolean } {
  const program = checkPaths(paths);
  const errors = program.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) return { text: errors.map((d) => renderHuman(d, program.sources)).join('\n\n'), errors: true };
  const matches = functionGlob ? globMatcher(functionGlob) : undefined;
  const parts = program.clean.flatMap((c) => lowerCrate(c, matches).map(printResult));
  return { text: parts.join('\n\n'), errors: false };
}

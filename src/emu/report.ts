/** cargo-test-like text for a run of the emulator. */
import type { TestOutcome } from './index.js';

export function formatTestRun(outcomes: TestOutcome[]): string {
  const lines: string[] = [];
  lines.push(`running ${outcomes.length} test${outcomes.length === 1 ? '' : 's'}`);
  for (const o of outcomes) lines.push(`test ${o.name} ... ${o.status === 'passed' ? 'ok' : 'FAILED'}`);
  const failed = outcomes.filter((o) => o.status === 'failed');
  if (failed.length) {
    lines.push('', 'failures:');
    for (const o of failed) lines.push(`    ${o.name}: ${o.message ?? 'failed'}`);
  }
  const unchecked = outcomes.reduce((n, o) => n + (o.unchecked ?? 0), 0);
  if (unchecked) lines.push('', `note: ${unchecked} assertion${unchecked === 1 ? '' : 's'} not evaluable at run time (quantifiers or ghost state) were skipped`);
  const passed = outcomes.length - failed.length;
  const ms = outcomes.reduce((n, o) => n + o.ms, 0);
  lines.push('', `test result: ${failed.length ? 'FAILED' : 'ok'}. ${passed} passed; ${failed.length} failed; finished in ${(ms / 1000).toFixed(2)}s`);
  lines.push(`${passed} passed, ${failed.length} failed`);
  return lines.join('\n') + '\n';
}

/** The text `proofgate check-soundness` prints. */
import type { OracleReport } from './oracle.js';

export function renderOracleReport(r: OracleReport): string {
  const lines: string[] = [];
  for (const f of r.findings) {
    lines.push(`error: unsoundness: \`${f.function}\` was proved, but ${f.what}`);
    lines.push(`  --> ${f.file}:${f.line}`);
    lines.push(`  = input: ${f.input || '(no parameters)'}`);
    lines.push('');
  }
  const ran = r.functions.filter((f) => !f.skipped);
  const skipped = r.functions.length - ran.length;
  const inconclusive = ran.reduce((n, f) => n + f.inconclusive, 0);
  const noInput = ran.filter((f) => f.inputs === 0).length;
  lines.push(
    `check-soundness:: ${ran.length} functions checked (${r.proved} proved, ${skipped} skipped, ${noInput} with no input meeting requires), `
    + `${r.inputsRun} inputs run, ${inconclusive} inconclusive, ${r.findings.length} unsound (seed ${r.seed}, ${r.ms} ms)`,
  );
  return lines.join('\n');
}

/**
 * `analyze: true`: the value analysis's warnings joined to a --no-verify run's results. Only
 * its warnings are taken (its errors are the same front end's, already in the run's results);
 * the summary counts them apart (`analyzed`, `warnings`, `skipped`), and no warning is ever an
 * error or counts as verified.
 */
import type { ResultsDiagnostic, ResultsFile } from '../report/results.js';

export function withAnalysis(results: ResultsFile, analysis: ResultsFile): ResultsFile {
  const warnings = analysis.diagnostics.filter((d) => d.severity === 'warning');
  return {
    ...results,
    summary: {
      ...results.summary,
      analyzed: analysis.summary.functions,
      warnings: warnings.filter((d) => d.kind !== 'unsupported').length,
      skipped: analysis.summary.skipped ?? 0,
      seconds: Math.round((results.summary.seconds + analysis.summary.seconds) * 1000) / 1000,
    },
    diagnostics: [...results.diagnostics, ...warnings].sort(byPlace),
  };
}

/** The results file's order: file, line, column, message. */
function byPlace(a: ResultsDiagnostic, b: ResultsDiagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** Whether this run ran the value analysis (so an earlier warning's absence means it is gone). */
export function ranAnalysis(results: ResultsFile): boolean {
  return results.mode === 'analyze' || results.summary.analyzed !== undefined;
}

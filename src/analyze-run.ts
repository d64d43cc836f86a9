/**
 * `proofgate analyze`: load and check, then the value analysis of every crate without
 * static errors. Warnings only; the results file has the shape of `verify`'s, mode
 * `analyze`, with skipped functions as units whose status is `skipped` and a warning each
 * saying why.
 */
import { analyzeCrate } from './analyze/index.js';
import { checkPaths } from './driver.js';
import { globMatcher } from './glob.js';
import { buildResults } from './report/build-results.js';
import type { Diagnostic, UnitResult } from './report/diagnostic.js';
import type { ResultsFile } from './report/results.js';
import { VERSION } from './version.js';

export interface AnalyzeRunOptions {
  paths: string[];
  stateLevel?: number;
  functionGlob?: string;
}

export function runAnalyze(opts: AnalyzeRunOptions): ResultsFile {
  const started = performance.now();
  const program = checkPaths(opts.paths);
  const diagnostics: Diagnostic[] = [...program.diagnostics];
  const units: UnitResult[] = [];
  const matches = opts.functionGlob ? globMatcher(opts.functionGlob) : undefined;
  let analyzed = 0;
  let skipped = 0;
  for (const crate of program.clean) {
    const r = analyzeCrate(crate, { stateLevel: opts.stateLevel, ...(matches ? { functionFilter: matches } : {}) });
    analyzed += r.analyzed.length;
    skipped += r.skipped.length;
    diagnostics.push(...r.diagnostics);
    for (const s of r.skipped) {
      diagnostics.push({ severity: 'warning', kind: 'unsupported', message: `not analysed: ${s.reason}`, span: s.span, labels: [], function: s.function });
      units.push({ function: s.function, file: s.span.file, line: s.span.line, status: 'skipped', ms: 0 });
    }
  }
  const results = buildResults({ version: VERSION, solver: 'none', mode: 'analyze', diagnostics, units, seconds: (performance.now() - started) / 1000 }, program.sources);
  results.summary.functions = analyzed;
  results.summary.warnings = results.diagnostics.filter((d) => d.severity === 'warning' && d.kind !== 'unsupported').length;
  results.summary.skipped = skipped;
  return results;
}

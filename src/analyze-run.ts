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
import type { Item } from './syntax/ast.js';
import { VERSION } from './version.js';

export interface AnalyzeRunOptions {
  paths: string[];
  stateLevel?: number;
  functionGlob?: string;
  /** false: as if requires/ensures/assertions were stripped (bench and tests). */
  useSpecs?: boolean;
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
    const r = analyzeCrate(crate, { stateLevel: opts.stateLevel, ...(opts.useSpecs === false ? { useSpecs: false } : {}), ...(matches ? { functionFilter: matches } : {}) });
    analyzed += r.analyzed.length;
    skipped += r.skipped.length;
    diagnostics.push(...r.diagnostics);
    for (const s of r.skipped) {
      diagnostics.push({ severity: 'warning', kind: 'unsupported', message: `not analysed: ${s.reason}`, span: s.span, labels: [], function: s.function });
      units.push({ function: s.function, file: s.span.file, line: s.span.line, status: 'skipped', ms: 0 });
    }
  }
  // ordinary Rust outside verus! is not checked (no types, no resolution), so not analysable yet
  for (const crate of program.crates) {
    for (const f of crate.files) {
      for (const it of plainFns(f.items)) {
        if (matches && it.name && !matches(it.name)) continue;
        skipped++;
        diagnostics.push({ severity: 'warning', kind: 'unsupported', message: `not analysed: \`${it.name ?? 'fn'}\` is ordinary Rust outside verus! (only verified code is checked and lowered so far)`, span: it.span, labels: [] });
        units.push({ function: it.name ?? 'fn', file: it.span.file, line: it.span.line, status: 'skipped', ms: 0 });
      }
    }
  }
  const results = buildResults({ version: VERSION, solver: 'none', mode: 'analyze', diagnostics, units, seconds: (performance.now() - started) / 1000 }, program.sources);
  results.summary.functions = analyzed;
  results.summary.warnings = results.diagnostics.filter((d) => d.severity === 'warning' && d.kind !== 'unsupported').length;
  results.summary.skipped = skipped;
  return results;
}

/** Functions of ordinary Rust (parsed or skipped by the parser) with a body, outside verified code. */
function plainFns(items: Item[] | undefined): { name?: string; span: Item['span'] }[] {
  const out: { name?: string; span: Item['span'] }[] = [];
  for (const it of items ?? []) {
    if (it.kind === 'fn' && !it.verified && it.body && !it.flags.test) out.push({ name: it.name, span: it.nameSpan });
    else if (it.kind === 'opaque' && it.what === 'fn') out.push({ ...(it.name ? { name: it.name } : {}), span: it.span });
    else if (it.kind === 'mod' || it.kind === 'include') out.push(...plainFns(it.items));
    else if (it.kind === 'impl' && !it.verified) out.push(...plainFns(it.items));
  }
  return out;
}

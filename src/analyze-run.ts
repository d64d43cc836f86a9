/**
 * `proofgate analyze`: load and check (plain Rust fn bodies too), then the value analysis of
 * every crate. In a crate with static errors, the fns the errors do not reach are analysed
 * (per-item isolation, as `verify` does) and the others are listed as skipped. Warnings only;
 * the results file has the shape of `verify`'s, mode `analyze`, with skipped functions as
 * units whose status is `skipped` and a warning each saying why.
 */
import { analyzeCrate, type Skipped } from './analyze/index.js';
import type { CheckedCrate } from './check/program.js';
import { checkPaths, type CheckedProgram } from './driver.js';
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
  /** Files resolving outside this folder are refused (the Action passes its workspace). */
  workspaceRoot?: string;
}

export function runAnalyze(opts: AnalyzeRunOptions): ResultsFile {
  const started = performance.now();
  const program = checkPaths(opts.paths, opts.workspaceRoot, { plainBodies: true });
  return analyzeProgram(program, opts, started);
}

/** The analysis of checked code (`runAnalyze`, and the Action next to a --no-verify check of the same program). */
export function analyzeProgram(program: CheckedProgram, opts: Omit<AnalyzeRunOptions, 'paths' | 'workspaceRoot'>, started = performance.now()): ResultsFile {
  const diagnostics: Diagnostic[] = [...program.diagnostics];
  const units: UnitResult[] = [];
  const matches = opts.functionGlob ? globMatcher(opts.functionGlob) : undefined;
  // a file shared by several crates (a lib and its bins) is analysed once per crate: counted once
  const seen = new Set<string>();
  const once = (what: string, span: { file: string; start: number }): boolean => {
    const key = `${what}@${span.file}:${span.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  let analyzed = 0;
  let skipped = 0;
  const skip = (s: Skipped): void => {
    if (!once('skip', s.span)) return;
    skipped++;
    diagnostics.push({ severity: 'warning', kind: 'unsupported', message: `not analysed: ${s.reason}`, span: s.span, labels: [], function: s.function });
    units.push({ function: s.function, file: s.span.file, line: s.span.line, status: 'skipped', ms: 0 });
  };
  for (const crate of program.crates) {
    const r = analyzeCrate(crate, {
      stateLevel: opts.stateLevel,
      ...(opts.useSpecs === false ? { useSpecs: false } : {}),
      ...(matches ? { functionFilter: matches } : {}),
      blocked: blockedIn(program, crate),
    });
    for (const a of r.analyzed) if (once('fn', a.span)) analyzed++;
    for (const d of r.diagnostics) if (once(`${d.kind}:${d.message}`, d.span)) diagnostics.push(d);
    for (const s of r.skipped) skip(s);
    // what the parser could not read in plain Rust is listed too, with what stopped it
    for (const f of crate.files) {
      for (const it of unparsedFns(f.items, f)) if (!matches || matches(it.function)) skip(it);
    }
  }
  const results = buildResults({ version: VERSION, solver: 'none', mode: 'analyze', diagnostics, units, seconds: (performance.now() - started) / 1000 }, program.sources);
  results.summary.functions = analyzed;
  results.summary.warnings = results.diagnostics.filter((d) => d.severity === 'warning' && d.kind !== 'unsupported').length;
  results.summary.skipped = skipped;
  return results;
}

/** Why a verified fn of a crate with static errors may not be analysed (its isolation verdict). */
function blockedIn(program: CheckedProgram, crate: CheckedCrate): ((qname: string) => string | undefined) | undefined {
  if (program.clean.includes(crate)) return undefined;
  const verifiable = program.verifiable.get(crate) ?? new Set<string>();
  const verdicts = new Map((program.verdicts.find((v) => v.crate === crate.name)?.items ?? []).map((v) => [v.item, v]));
  return (q) => {
    if (verifiable.has(q)) return undefined;
    const v = verdicts.get(q);
    return v?.reason ? `the checker reported it: ${v.reason}` : 'it uses a function whose signature has an error';
  };
}

/** Plain Rust fns (and impl blocks) the parser skipped, with the reason it gives. */
function unparsedFns(items: Item[] | undefined, file: { path: string; text: string }): Skipped[] {
  const out: Skipped[] = [];
  for (const it of items ?? []) {
    if (it.kind === 'opaque' && (it.what === 'fn' || it.what === 'impl')) {
      const name = it.name ?? it.what;
      const why = it.reason ? `the parser does not read this ${it.what === 'fn' ? 'function' : 'impl block'}: ${it.reason}` : `the parser does not read this ${it.what}`;
      out.push({ function: name, reason: why, span: it.span.file === file.path ? firstLine(it.span, file.text) : it.span });
    } else if (it.kind === 'mod' || it.kind === 'include') out.push(...unparsedFns(it.items, file));
    else if (it.kind === 'impl') out.push(...unparsedFns(it.skipped, file));
  }
  return out;
}

/** The first line of a span (an item's header, not its whole text). */
function firstLine(span: Skipped['span'], text: string): Skipped['span'] {
  if (span.line === span.endLine) return span;
  const nl = text.indexOf('\n', span.start);
  const end = nl < 0 || nl > span.end ? span.end : nl;
  return { ...span, end, endLine: span.line, endColumn: span.column + (end - span.start) };
}

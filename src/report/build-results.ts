/** Assembles the results file from diagnostics and unit outcomes. */
import type { Diagnostic, UnitResult } from './diagnostic.js';
import { fingerprint } from './fingerprint.js';
import { renderHuman } from './human.js';
import type { ResultsCrate, ResultsDiagnostic, ResultsFile, ResultsInferred, ResultsItem, ResultsLabel } from './results.js';
import type { SourceSet } from './sources.js';
import type { Span } from '../syntax/span.js';

export interface ResultsInput {
  version: string;
  solver: string;
  mode: 'verify' | 'no-verify' | 'analyze';
  diagnostics: Diagnostic[];
  units: UnitResult[];
  seconds: number;
  /** --no-verify: how many verified items were checked. */
  itemsChecked?: number;
  /** `--shard I/N`: recorded in the file, so that a merge can tell whether every shard is there. */
  shard?: { index: number; count: number };
  /** The crate each source file belongs to (fingerprints leave the crate's name out). */
  crateOfFile?: ReadonlyMap<string, string>;
  /** --no-verify: each verified item's status, by crate. */
  itemStatus?: { crate: string; items: ResultsItem[] }[];
  /** verify: loop invariants inferred and used. */
  inferred?: ResultsInferred[];
}

export function buildResults(input: ResultsInput, sources: SourceSet): ResultsFile {
  const diagnostics = sortDiagnostics(input.diagnostics).map((d) => toResultsDiagnostic(d, sources, input.crateOfFile?.get(d.span.file)));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    tool: { name: 'proofgate', version: input.version, solver: input.solver },
    mode: input.mode,
    summary: {
      verified: input.units.filter((u) => u.status === 'verified' || u.status === 'cached').length,
      errors,
      functions: new Set(input.units.map((u) => u.function)).size,
      cached: input.units.filter((u) => u.status === 'cached').length,
      seconds: Math.round(input.seconds * 1000) / 1000,
      ...(input.itemsChecked !== undefined ? { items: input.itemsChecked } : {}),
    },
    ...(input.shard ? { shard: { index: input.shard.index, count: input.shard.count } } : {}),
    diagnostics,
    units: input.units.map((u) => ({ ...u })),
    ...(input.itemStatus ? { crates: input.itemStatus.map((c) => crateSummary(c.crate, c.items)) } : {}),
    ...(input.inferred && input.inferred.length > 0 ? { inferred: sortInferred(input.inferred) } : {}),
  };
}

function sortInferred(xs: ResultsInferred[]): ResultsInferred[] {
  return [...xs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.function < b.function ? -1 : a.function > b.function ? 1 : 0)));
}

function crateSummary(name: string, items: ResultsItem[]): ResultsCrate {
  const unsupported: Record<string, number> = {};
  for (const it of items) {
    if (it.status !== 'unsupported') continue;
    const what = (it.reason ?? '').replace(/^not supported: /, '');
    unsupported[what] = (unsupported[what] ?? 0) + 1;
  }
  const count = (s: ResultsItem['status']): number => items.filter((i) => i.status === s).length;
  return {
    name,
    counts: { items: items.length, checked: count('checked'), unsupported: count('unsupported'), errors: count('error') },
    unsupported,
    items,
  };
}

export function toResultsDiagnostic(d: Diagnostic, sources: SourceSet, crateName?: string): ResultsDiagnostic {
  const clause = sources.slice(clauseSpan(d));
  return {
    severity: d.severity,
    kind: d.kind,
    message: d.message,
    ...position(d.span),
    ...(d.function ? { function: d.function } : {}),
    labels: d.labels.map((l): ResultsLabel => ({ message: l.message, ...position(l.span) })),
    ...(d.counterexample ? { counterexample: d.counterexample } : {}),
    ...(d.notes?.length ? { notes: [...d.notes] } : {}),
    fingerprint: fingerprint(d, clause, crateName),
    rendered: renderHuman(d, sources),
    ...(clause ? { clause } : {}),
  };
}

/**
 * The clause that failed: the span labelled `failed ...` (the callee's requires clause,
 * the ensures clause, the broken invariant), else the primary span (the assert, the operation).
 */
export function clauseSpan(d: Diagnostic): Span {
  if (d.primaryLabel?.startsWith('failed')) return d.span;
  return d.labels.find((l) => l.message.startsWith('failed'))?.span ?? d.span;
}

function position(s: Span): Omit<ResultsLabel, 'message'> {
  return { file: s.file, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

/** Deterministic order: file, line, column, message. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort((a, b) =>
    a.span.file < b.span.file ? -1 : a.span.file > b.span.file ? 1 :
    a.span.line - b.span.line || a.span.column - b.span.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
}

export function summaryLine(r: ResultsFile): string {
  if (r.mode === 'analyze') return `analysis results:: ${r.summary.functions} functions analyzed, ${r.summary.warnings ?? 0} warnings, ${r.summary.skipped ?? 0} skipped`;
  return r.mode === 'verify'
    ? `verification results:: ${r.summary.verified} verified, ${r.summary.errors} errors`
    : `check results:: ${r.summary.items ?? 0} items checked, ${r.summary.errors} errors`;
}

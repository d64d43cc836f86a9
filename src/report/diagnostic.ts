/**
 * Findings, as every stage produces them and every reporter renders them.
 * Messages are the exact texts of LANGUAGE.md's diagnostics table.
 */
import type { Span } from '../syntax/span.js';

export type DiagnosticKind =
  | 'precondition' | 'postcondition' | 'assertion'
  | 'invariant-entry' | 'invariant-end' | 'invariant-break'
  | 'decreases' | 'termination' | 'overflow' | 'division' | 'shift' | 'index'
  | 'type-invariant' | 'timeout' | 'disagreement'
  /** `proofgate analyze` only (a warning): an `as` cast that may change the value. */
  | 'truncation'
  | 'syntax' | 'type' | 'mode' | 'unsupported'
  /** Verus's positivity rule for recursive datatypes (src/check/positivity.ts). */
  | 'positivity'
  /** A line of an external verifier's output (engine: verus) that could not be read. */
  | 'verifier-output'
  /** Proofgate itself failed on this file or function (a crash, or its stack ran out), and the rest of the run went on. */
  | 'internal';

export interface Label {
  message: string;
  span: Span;
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  kind: DiagnosticKind;
  message: string;
  /** Primary span (where `^^^` goes and the review comment is anchored). */
  span: Span;
  /** Text under the primary `^^^` (e.g. 'failed this postcondition'); may be empty. */
  primaryLabel?: string;
  /** Secondary `---` labels. */
  labels: Label[];
  /** Qualified name of the function whose check produced it (verification failures). */
  function?: string;
  /** Name (parameter, local, `perm.cleared`) to value, as Rust-ish text. */
  counterexample?: Record<string, string>;
  /** Extra `= note:` lines. */
  notes?: string[];
}

export function diag(kind: DiagnosticKind, message: string, span: Span, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { severity: 'error', kind, message, span, labels: [], ...extra };
}

/**
 * What a static diagnostic says and where, as one string: a `macro_rules!` body expanded twice
 * (`pointer_specs!(mut ..); pointer_specs!(const ..);`) says the same thing at the same place of
 * its definition once per expansion, and is reported once, as rustc reports identical
 * diagnostics once. (The function it arose in is left out: each expansion's is another.)
 */
export function diagnosticKey(d: Diagnostic): string {
  return [d.severity, d.kind, d.message, d.span.file, d.span.start, d.span.end, d.primaryLabel ?? '', ...d.labels.map((l) => `${l.message}@${l.span.file}:${l.span.start}`), ...(d.notes ?? [])].join('\u0000');
}

/** The diagnostics, each said once (diagnosticKey), in their order. */
export function uniqueDiagnostics(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = diagnosticKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export type UnitStatus = 'verified' | 'failed' | 'cached' | 'skipped';

/** One checked unit: a function body (or an isolated loop, counted as its own unit). */
export interface UnitResult {
  function: string;
  file: string;
  line: number;
  status: UnitStatus;
  ms: number;
}

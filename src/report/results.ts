/** The JSON results file: docs/results.md, schema docs/results.schema.json. */
import type { DiagnosticKind, UnitStatus } from './diagnostic.js';

export interface ResultsLabel {
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ResultsDiagnostic extends ResultsLabel {
  severity: 'error' | 'warning';
  kind: DiagnosticKind;
  function?: string;
  labels: ResultsLabel[];
  counterexample?: Record<string, string>;
  /** What the check went without or what else the reader should know (also in `rendered`). */
  notes?: string[];
  /** Stable hash of (file, function, kind, message, clause text); no line numbers. */
  fingerprint: string;
  /** The rustc-style text of this diagnostic. */
  rendered: string;
  /** The source text of the failing clause (the first label's span, else the primary span). */
  clause?: string;
}

export interface ResultsFile {
  tool: { name: 'proofgate'; version: string; solver: string };
  mode: 'verify' | 'no-verify' | 'analyze';
  summary: {
    verified: number;
    errors: number;
    functions: number;
    cached: number;
    seconds: number;
    /** --no-verify mode: verified items (fns, types, consts) that were checked. */
    items?: number;
    /**
     * analyze mode, or a --no-verify run with the analysis (the Action's `analyze: true`):
     * warnings found, and functions skipped (in analyze mode also listed as units with status
     * skipped). `analyzed`: functions analysed, in such a --no-verify run.
     */
    warnings?: number;
    skipped?: number;
    analyzed?: number;
  };
  /** A shard's run (`verify --shard I/N`): what it checked is only its share. Absent in whole and merged runs. */
  shard?: { index: number; count: number };
  diagnostics: ResultsDiagnostic[];
  units: { function: string; file: string; line: number; status: UnitStatus; ms: number }[];
  /** --no-verify mode: per crate, how much of its verified code is in reach. */
  crates?: ResultsCrate[];
  /** verify mode: the loop invariants inferred by the value analysis, proved, and used (absent when none or with --no-infer). */
  inferred?: ResultsInferred[];
}

/** One loop's inferred invariants (each proved inductive in the run before it was used). */
export interface ResultsInferred {
  function: string;
  file: string;
  /** The loop's line. */
  line: number;
  /** As a user would write them, e.g. `i <= n`, `0 <= k`. */
  invariants: string[];
}

/** One crate's verified items: how many are checked, not supported (by reason) or in error, and each item's status. */
export interface ResultsCrate {
  name: string;
  counts: { items: number; checked: number; unsupported: number; errors: number };
  /** Not-supported items by the construct named in their first diagnostic (`not supported: X` -> X). */
  unsupported: Record<string, number>;
  items: ResultsItem[];
}

export interface ResultsItem {
  item: string;
  kind: 'fn' | 'struct' | 'enum' | 'const';
  file: string;
  line: number;
  status: 'checked' | 'unsupported' | 'error';
  reason?: string;
}

/**
 * The `//~` convention of LANGUAGE.md: expected diagnostics written in the case file.
 *   //~ ERROR text      an error whose primary span starts on this line, message contains text
 *   //~^ ERROR text     one line up (each ^ one more)
 *   //~ NOTE text       a secondary label containing text starts on this line
 *   //~ WARN kind[: text] an analysis warning of that kind (overflow, division, shift, index)
 *                       on this line, its message containing text when given
 *   //@ no-verify       (first line) check with --no-verify only
 *   //@ state-level N   (first line) analyse with --state-level N
 */
import type { ResultsDiagnostic } from '../../src/report/results.js';

export interface Expectation {
  kind: 'ERROR' | 'NOTE';
  line: number;
  text: string;
}

export interface WarnExpectation {
  line: number;
  /** The diagnostic kind: overflow, division, shift or index. */
  kind: string;
  /** Text the message must contain ('' for any). */
  text: string;
}

export interface CaseSpec {
  noVerify: boolean;
  /** `//@ no-infer` on the first line: verified without inferred loop invariants (`--no-infer`), as Verus would. */
  noInfer: boolean;
  expectations: Expectation[];
  warnings: WarnExpectation[];
  stateLevel?: number;
}

export function readCaseSpec(text: string): CaseSpec {
  const lines = text.split('\n');
  const expectations: Expectation[] = [];
  const warnings: WarnExpectation[] = [];
  lines.forEach((l, i) => {
    const m = /\/\/~(\^*)\s*(ERROR|NOTE)\s+(.*?)\s*$/.exec(l);
    if (m) expectations.push({ kind: m[2] as 'ERROR' | 'NOTE', line: i + 1 - m[1]!.length, text: m[3]! });
    const w = /\/\/~(\^*)\s*WARN\s+([a-z-]+)(?::\s*(.*?))?\s*$/.exec(l);
    if (w) warnings.push({ line: i + 1 - w[1]!.length, kind: w[2]!, text: w[3] ?? '' });
  });
  const level = /^\/\/@\s*state-level\s+(\d+)/.exec(lines[0] ?? '');
  return { noVerify: /^\/\/@\s*no-verify\b/.test(lines[0] ?? ''), noInfer: /^\/\/@\s*no-infer\b/.test(lines[0] ?? ''), expectations, warnings, ...(level ? { stateLevel: Number(level[1]) } : {}) };
}

/** An error as far as the markers care: where its primary span starts and what it says. */
export interface ReportedError {
  line: number;
  message: string;
}

/**
 * ERROR markers against reported errors: each marker needs an error on its line whose
 * message contains its text, and every error needs a marker. Empty when they agree exactly.
 */
export function matchErrors<E extends ReportedError>(expected: Expectation[], errors: E[], describe: (e: E) => string): string[] {
  const problems: string[] = [];
  const unmatched = new Set(errors);
  for (const e of expected.filter((x) => x.kind === 'ERROR')) {
    const hit = [...unmatched].find((d) => d.line === e.line && d.message.includes(e.text));
    if (hit) unmatched.delete(hit);
    else problems.push(`missing error on line ${e.line}: ${e.text}`);
  }
  for (const d of unmatched) problems.push(`unexpected error on line ${d.line}: ${describe(d)}`);
  return problems;
}

/** Mismatches between what a case expects and what was reported; empty when they agree exactly. */
export function compareToExpectations(spec: CaseSpec, file: string, diagnostics: ResultsDiagnostic[]): string[] {
  const errors = diagnostics.filter((d) => d.severity === 'error' && d.file === file);
  const problems = matchErrors(spec.expectations, errors, (d) => `${d.message}\n${d.rendered}`);
  for (const e of spec.expectations.filter((x) => x.kind === 'NOTE')) {
    if (!errors.some((d) => d.labels.some((l) => l.file === file && l.line === e.line && l.message.includes(e.text))))
      problems.push(`missing note on line ${e.line}: ${e.text}`);
  }
  // Diagnostics in other files (an include!, a missing module) are never expected by a case.
  for (const d of diagnostics.filter((x) => x.severity === 'error' && x.file !== file)) problems.push(`unexpected error in ${d.file}:${d.line}: ${d.message}`);
  return problems;
}

/** A warning as far as the markers care. */
export interface ReportedWarning { line: number; kind: string; message: string }

/** WARN markers against reported warnings: same line and kind, message containing the text; every warning needs a marker. */
export function matchWarnings(expected: WarnExpectation[], warnings: ReportedWarning[]): string[] {
  const problems: string[] = [];
  const unmatched = new Set(warnings);
  for (const e of expected) {
    const hit = [...unmatched].find((w) => w.line === e.line && w.kind === e.kind && w.message.includes(e.text));
    if (hit) unmatched.delete(hit);
    else problems.push(`missing ${e.kind} warning on line ${e.line}${e.text ? `: ${e.text}` : ''}`);
  }
  for (const w of unmatched) problems.push(`unexpected ${w.kind} warning on line ${w.line}: ${w.message}`);
  return problems;
}

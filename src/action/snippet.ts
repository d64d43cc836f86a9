/**
 * The failing clause to quote for a finding: the engine's `clause` text, else the source
 * under the span the engine takes clauses from (its `failed ...` label, else the primary
 * span), read from the checked-out files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ResultsDiagnostic, ResultsLabel } from '../report/results.js';
import { failedLabel } from './markdown.js';

const MAX_LINES = 12;

export function makeClauseReader(root: string): (d: ResultsDiagnostic) => string | null {
  const files = new Map<string, string[] | null>();
  const linesOf = (file: string): string[] | null => {
    if (!files.has(file)) {
      try {
        files.set(file, readFileSync(resolve(root, file), 'utf8').split(/\r?\n/));
      } catch {
        files.set(file, null);
      }
    }
    return files.get(file) ?? null;
  };
  const spanText = (s: ResultsLabel): string | null => {
    const lines = linesOf(s.file);
    if (!lines || s.line < 1 || s.line > lines.length) return null;
    const last = Math.min(s.endLine, lines.length, s.line + MAX_LINES - 1);
    const picked = lines.slice(s.line - 1, last);
    if (picked.length === 1 && s.endLine === s.line) return picked[0]!.slice(s.column - 1, s.endColumn - 1) || picked[0]!.trim();
    return picked.join('\n');
  };
  return (d) => {
    if (d.clause && d.clause.trim() !== '') return d.clause;
    const span = failedLabel(d) ?? d;
    return spanText(span);
  };
}

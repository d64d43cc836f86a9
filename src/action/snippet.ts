/**
 * The failing clause to quote for a finding: the engine's `clause` text, else the source
 * under the span the engine takes clauses from (its `failed ...` label, else the primary
 * span), read from the checked-out files.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ResultsDiagnostic, ResultsLabel } from '../report/results.js';
import { isVstdPath } from '../syntax/vstd-lib.js';
import { failedLabel } from './markdown.js';

const MAX_LINES = 12;

/** The file's real path (symlinks followed) if it is inside `root`; nothing outside is quoted. */
function insideRoot(root: string, file: string): string | null {
  const real = realpathSync(resolve(root, file));
  const rel = relative(realpathSync(root), real);
  return rel.split(sep)[0] === '..' || isAbsolute(rel) ? null : real;
}

export function makeClauseReader(root: string): (d: ResultsDiagnostic) => string | null {
  const files = new Map<string, string[] | null>();
  const linesOf = (file: string): string[] | null => {
    if (!files.has(file)) {
      try {
        const real = insideRoot(root, file);
        files.set(file, real === null ? null : readFileSync(real, 'utf8').split(/\r?\n/));
      } catch {
        files.set(file, null);
      }
    }
    return files.get(file) ?? null;
  };
  const spanText = (s: ResultsLabel): string | null => {
    // `<vstd>/...` names Proofgate's own library, not a workspace file of that name
    if (isVstdPath(s.file)) return null;
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

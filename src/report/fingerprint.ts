/**
 * A finding's identity across runs: what failed and where in the code, never line
 * numbers, so a comment survives edits above it. Whitespace in the clause is folded
 * so re-indentation does not make a finding look new.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from './diagnostic.js';

export function fingerprint(d: Diagnostic, clauseText: string): string {
  const parts = [d.span.file, d.function ?? '', d.kind, d.message, clauseText.replace(/\s+/g, ' ').trim()];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

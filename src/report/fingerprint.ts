/**
 * A finding's identity across runs: what failed and where in the code, never line
 * numbers, so a comment survives edits above it. Whitespace in the clause is folded
 * so re-indentation does not make a finding look new.
 *
 * Nor does it depend on the checkout's folder name: a crate without a manifest is named
 * after its folder (`workspace/lib.rs` is crate `workspace`, the same code cloned into
 * `fx/` is crate `fx`), so the crate's own name is written `crate::` in what is hashed.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from './diagnostic.js';

/**
 * `crateName`: the crate the diagnostic's file belongs to, if known; otherwise the first
 * segment of the diagnostic's function is taken for it.
 */
export function fingerprint(d: Diagnostic, clauseText: string, crateName?: string): string {
  const crate = crateName ?? d.function?.split('::')[0];
  const neutral = (s: string) => (crate ? s.replace(new RegExp(`(?<![\\w:])${escapeRegExp(crate)}::`, 'g'), 'crate::') : s);
  const parts = [d.span.file, neutral(d.function ?? ''), d.kind, neutral(d.message), neutral(clauseText.replace(/\s+/g, ' ').trim())];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

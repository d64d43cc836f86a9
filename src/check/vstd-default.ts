/**
 * vstd's default broadcast group: facts Verus puts in force in every crate without a
 * `broadcast use` (here the layout of primitive types, lib/vstd/layout.rs). Found through the
 * crate's `vstd` dependency; a crate whose vstd lacks them (its own path dependency) gets none.
 */
import { walkPath } from './paths.js';
import type { CrateTables, ModuleScope } from './scopes.js';
import type { Span } from '../syntax/span.js';
import { VSTD_CRATE } from '../syntax/vstd-lib.js';

const DEFAULT_GROUPS: string[][] = [[VSTD_CRATE, 'layout', 'group_layout_axioms'], [VSTD_CRATE, 'multiset', 'group_multiset_axioms']];

/** The default groups as `broadcast use` entries of the crate root (only those that resolve). */
export function defaultBroadcastUses(t: CrateTables, rootFile: string): { path: string[]; span: Span; module: ModuleScope }[] {
  if (!t.externCrates.has(VSTD_CRATE)) return [];
  // they resolve (filtered below), so the span is never reported; it names the crate's root
  const span: Span = { file: rootFile, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return DEFAULT_GROUPS
    .filter((path) => walkPath({ tables: t, module: t.root }, path).def?.kind === 'broadcastGroup')
    .map((path) => ({ path, span, module: t.root }));
}

/**
 * Whether a lemma of the default groups is `qname`: a fact in force everywhere, so relying on
 * it does not make a fn untestable (src/oracle/trust.ts). Layout's the emulator evaluates too
 * (lib/vstd's trusted-lemma test runs them); the multiset axioms speak of uninterpreted spec
 * fns of the opaque `Multiset`, which it cannot evaluate: they are trusted as vstd's own
 * axioms are (docs/vstd.md lists them, each true of the finite-map model).
 */
export function isVstdDefaultLemma(qname: string): boolean {
  return qname.startsWith(`${VSTD_CRATE}::layout::`) || qname.startsWith(`${VSTD_CRATE}::multiset::axiom_`);
}

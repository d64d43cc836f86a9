/**
 * Broadcast groups a dependency marks `#[verifier::broadcast_use_by_default_when_this_crate_is_imported]`:
 * Verus uses them in every crate depending on it, as a crate-level `broadcast use` would.
 */
import { USE_BY_DEFAULT_ATTR } from '../syntax/parser-attrs.js';
import type { Span } from '../syntax/span.js';
import type { CrateTables, ModuleScope } from './scopes.js';

export function importedDefaultGroups(t: CrateTables, rootFile: string): { path: string[]; span: Span; module: ModuleScope }[] {
  // (a use made for the crate, not written in it: it names the crate's root)
  const span: Span = { file: rootFile, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const uses: { path: string[]; span: Span; module: ModuleScope }[] = [];
  for (const [crateName, root] of t.externCrates) {
    const visit = (m: ModuleScope): void => {
      for (const [name, def] of m.defs) {
        if (def.kind === 'broadcastGroup' && def.group.decl.attrs.some((a) => a.name === USE_BY_DEFAULT_ATTR)) uses.push({ path: [crateName, ...m.path, name], span, module: t.root });
      }
      for (const child of m.children.values()) visit(child);
    };
    visit(root);
  }
  return uses;
}

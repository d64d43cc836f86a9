/**
 * Why a path did not resolve, when the answer is "it names something outside the subset"
 * rather than "it does not exist": a type alias, trait or other item the checker skips, a
 * std item the built-in prelude lacks, or an associated item of a type parameter. Such a
 * use is reported `not supported: ...`, not as a missing name, so a team sees what to wait
 * for instead of a false error. Only consulted on the error path.
 */
import { resolveUsePath, walkPath, type ItemScope } from './paths.js';
import type { CrateTables, ModuleScope } from './scopes.js';
import { VSTD_CRATE } from '../syntax/vstd-lib.js';

/** std prelude names the built-in prelude does not model. */
const STD_NAMES = new Set(['Result', 'Ok', 'Err', 'String', 'ToString', 'Iterator', 'IntoIterator', 'Default', 'Clone', 'Copy', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'From', 'Into', 'TryFrom', 'TryInto', 'AsRef', 'AsMut', 'Drop', 'Fn', 'FnMut', 'FnOnce', 'Send', 'Sync', 'Sized', 'Debug']);

const MACRO_GUESS = 'possibly made by a macro invocation';

/** Verus built-ins the checker does not model. */
const VERUS_BUILTINS = new Set(['call_ensures', 'call_requires', 'spec_affirm', 'spec_literal_int', 'spec_cast_integer', 'is_smaller_than', 'exec_allows_no_decreases_clause', 'infer_spec_for_loop_iter', 'imply', 'get_variant_field', 'strictly_cooperative', 'opens_invariants_none']);

const STD_DERIVES = new Set(['Clone', 'Copy', 'Debug', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default']);

/** Attributes with a meaning of their own (not a user macro that may add items). */
const PLAIN_ATTRS = new Set(['repr', 'derive', 'doc', 'allow', 'warn', 'deny', 'forbid', 'expect', 'cfg', 'cfg_attr', 'must_use',
  'non_exhaustive', 'inline', 'deprecated', 'automatically_derived', 'rustfmt::skip', 'verus_verify', 'verus_verifier::verus_verify', 'verus_spec']);

/**
 * How a struct or enum may have members the checker cannot see: a derive of a user macro
 * (`#[derive(SpecGetter)]`) or an attribute macro on it (`#[bitfield(..)]`); undefined when none.
 */
export function typeMacroNote(tables: CrateTables, qname: string): string | undefined {
  const entry = tables.structByName.get(qname) ?? tables.enumByName.get(qname);
  if (!entry) return undefined;
  const attrs = entry.decl.attrs;
  const derives = attrs.filter((a) => a.name === 'derive').flatMap((a) => a.args.split(',').map((x) => x.trim()).filter((x) => x && !STD_DERIVES.has(x)));
  if (derives.length > 0) return `possibly made by \`#[derive(${derives.join(', ')})]\`: derive macros`;
  const macros = attrs.filter((a) => !PLAIN_ATTRS.has(a.name) && !a.name.startsWith('verifier::')).map((a) => a.name);
  if (macros.length > 0) return `possibly made by \`#[${macros.join(']`, `#[')}]\`: attribute macros`;
  if (entry.module.itemMacros.length > 0) return `possibly made by a macro invocation in \`${entry.module.qprefix}\`: item macros`;
  return undefined;
}

/** The reason `segments` (which failed at `failedAt`) names something not supported, if it does. */
export function unsupportedReason(scope: ItemScope, segments: string[], failedAt: number, generics?: ReadonlySet<string>): string | undefined {
  const name = segments[failedAt];
  if (name === undefined) return undefined;
  if (scope.tables.dualSpecNames.has(name)) return `\`${segments.slice(0, failedAt + 1).join('::')}\` (made by \`#[verus_verify(dual_spec)]\`)`;
  if (failedAt === 0) {
    if (segments.length > 1 && (name === 'Self' || generics?.has(name))) return `associated items of \`${name}\` (traits)`;
    if (generics?.has(name)) return `const generic parameter \`${name}\``;
    const what = inModule(scope, scope.module, name, new Set());
    // a std prelude name is that (not a guess that a macro makes it)
    if (what && !(STD_NAMES.has(name) && what.startsWith(MACRO_GUESS))) return `\`${name}\` (${what})`;
    if (STD_NAMES.has(name)) return `\`${name}\` (std items outside the built-in prelude)`;
    if (VERUS_BUILTINS.has(name) && segments.length === 1) return `\`${name}\` (Verus built-ins outside the built-in prelude)`;
    return undefined;
  }
  const owner = walkPath(scope, segments.slice(0, failedAt)).def;
  if (owner?.kind === 'mod') {
    const what = inModule(scope, owner.module, name, new Set());
    return what ? `\`${segments.slice(0, failedAt + 1).join('::')}\` (${what})` : undefined;
  }
  if (owner?.kind === 'vstd') return `\`${segments.join('::')}\` (vstd/std items outside the built-in prelude)`;
  if (owner?.kind === 'struct' || owner?.kind === 'enum') {
    const qname = owner.kind === 'struct' ? owner.s.qname : owner.e.qname;
    if (scope.tables.traitMethods.has(qname)) return `\`${name}\` of \`${segments[failedAt - 1]}\` (trait implementations)`;
    const note = typeMacroNote(scope.tables, qname);
    if (note) return `\`${segments.slice(0, failedAt + 1).join('::')}\` (${note})`;
    if (isVstdItem(qname)) return `\`${segments.slice(0, failedAt + 1).join('::')}\` (vstd/std API outside Proofgate's vstd)`;
  }
  if (owner?.kind === 'alias') {
    // `Alias::item` where the alias names a type outside the subset (a vstd or std type)
    const t = owner.decl.ty;
    const target = t.kind === 'path' ? walkPath({ tables: scope.tables, module: owner.module }, t.segments).def : undefined;
    if (!target || target.kind === 'vstd' || target.kind === 'builtinType' || (target.kind === 'struct' && isVstdItem(target.s.qname))) return `\`${segments.slice(0, failedAt + 1).join('::')}\` (an item of a type alias to a type outside the subset)`;
    if (t.kind === 'path' && t.args.length > 0) return `\`${segments.slice(0, failedAt + 1).join('::')}\` (an associated item through a type alias with type arguments)`;
  }
  if (owner?.kind === 'prim') return `\`${segments.slice(0, failedAt + 1).join('::')}\` (std API outside the built-in prelude)`;
  if (owner?.kind === 'builtinType') return `\`${owner.name}::${name}\` (vstd API outside the built-in prelude)`;
  return undefined;
}

/** Whether a qualified name is an item of the bundled vstd (lib/vstd, loaded as the crate `vstd`). */
export function isVstdItem(qname: string): boolean {
  return qname.startsWith(`${VSTD_CRATE}::`);
}

/** Whether `name` in `module` (its items, explicit imports, globs) is a skipped item; what it is. */
function inModule(scope: ItemScope, module: ModuleScope, name: string, seen: Set<ModuleScope>): string | undefined {
  if (seen.has(module)) return undefined;
  seen.add(module);
  const own = module.unsupportedItems.get(name);
  if (own) return own;
  const imp = module.imports.get(name);
  if (imp && imp.path.length > 0) {
    const last = imp.path[imp.path.length - 1]!;
    const prefix = imp.path.slice(0, -1);
    const from = prefix.length === 0 ? { kind: 'mod' as const, module } : resolveUsePath(scope.tables, module, prefix);
    if (from?.kind === 'mod') {
      const what = inModule(scope, from.module, last, seen);
      if (what) return what;
    }
    if (from?.kind === 'vstd') return 'vstd/std items outside the built-in prelude';
  }
  let vstdGlob: string[] | undefined;
  for (const g of module.globs) {
    const target = resolveUsePath(scope.tables, module, g.path);
    if (target?.kind === 'mod') {
      const what = inModule(scope, target.module, name, seen);
      if (what) return what;
    }
    if (target?.kind === 'vstd' && g.path.join('::') !== 'vstd::prelude') vstdGlob ??= g.path;
  }
  // a glob import of a vstd module Proofgate's vstd does not define (`use vstd::multiset::*;`) may bring it
  if (vstdGlob) return `possibly from \`${vstdGlob.join('::')}::*\`: vstd/std items outside the built-in prelude`;
  // Last: the name may be one a macro invocation here makes.
  if (module.itemMacros.length > 0) return `${MACRO_GUESS} in \`${module.qprefix}\` (\`${[...new Set(module.itemMacros)].join('!`, `')}!\`): item macros`;
  return undefined;
}

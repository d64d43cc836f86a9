/**
 * The checker: name resolution, typing and mode checking of one crate.
 *
 *   collect.ts      enter items into module scopes (scopes.ts) and crate tables
 *   paths.ts        resolve paths: modules, `use`, impl items, variants, the prelude (prelude.ts)
 *   signatures.ts   lower declared types (lower-type.ts), consts (consts.ts), parameter ids
 *   body.ts         check a fn's clauses and body, or a const initializer, with
 *                   context.ts (locals, inference via infer.ts), expr.ts, calls.ts,
 *                   stmt.ts, pattern.ts and the mode rules of modes.ts
 *   unsupported.ts  items outside the subset the parser does not already reject
 */
import { broadcastInstances } from './broadcast-inst.js';
import { uniqueDiagnostics, type Diagnostic } from '../report/diagnostic.js';
import { isStackOverflow, NESTED_TOO_DEEPLY } from '../report/stack-limit.js';
import type { Crate } from '../syntax/crate.js';
import { checkExternalTypeSpecs, linkAssumeSpecs } from './assume-spec.js';
import { checkConstBody, checkFnBody, checkPlainFnBody } from './body.js';
import { collectCrate } from './collect.js';
import { Diags } from './diagnostics.js';
import { unsupportedReason } from './missing.js';
import { walkPath } from './paths.js';
import { checkPositivity } from './positivity.js';
import type { CheckedCrate, FnInfo } from './program.js';
import type { CrateTables, ModuleScope } from './scopes.js';
import type { Type } from './types.js';
import type { Span } from '../syntax/span.js';
import { IdGen, Signatures } from './signatures.js';
import { checkTraitImpls, traitImplInfos } from './traits.js';
import { reportUnsupportedItems } from './unsupported.js';
import { importedDefaultGroups } from './imported-groups.js';
import { defaultBroadcastUses } from './vstd-default.js';
import { checkedGlobalSizes } from './global-layout.js';

export interface CheckOptions {
  /**
   * Files that already have syntax errors: their items are still checked (to fill the
   * tables), but diagnostics located in them are dropped, since they would mostly be
   * cascades of the parser's recovery.
   */
  quietFiles?: ReadonlySet<string>;
  /**
   * Also check the bodies of the crate's own plain Rust exec fns (outside verified code), for
   * the value analysis: CheckedCrate.plainBodies. What the checker says about them is never
   * among the crate's diagnostics.
   */
  plainBodies?: boolean;
}

export function checkCrate(crate: Crate, options: CheckOptions = {}): { checked: CheckedCrate; diagnostics: Diagnostic[] } {
  const result = checkCrateAll(crate, options.plainBodies ?? false);
  const quiet = options.quietFiles;
  if (!quiet || quiet.size === 0) return result;
  return { checked: result.checked, diagnostics: result.diagnostics.filter((d) => !quiet.has(d.span.file)) };
}

function checkCrateAll(crate: Crate, plainBodies: boolean): { checked: CheckedCrate; diagnostics: Diagnostic[] } {
  const diags = new Diags();
  const ids = new IdGen();
  const empty: CheckedCrate = {
    name: crate.name,
    files: crate.files,
    fns: [],
    fnByDecl: new Map(),
    structs: new Map(),
    enums: new Map(),
    consts: new Map(),
    broadcastLemmas: [],
    ...(crate.rlimitDefault !== undefined ? { rlimitDefault: crate.rlimitDefault } : {}),
    ...(crate.allowPanic ? { allowPanic: true } : {}),
  };
  let tables: CrateTables;
  let sigs: Signatures;
  try {
    tables = collectCrate(crate);
    checkTraitImpls(tables, diags);
    sigs = new Signatures(tables, diags, ids);
    sigs.run();
    linkAssumeSpecs(tables, sigs, diags);
    checkExternalTypeSpecs(tables, diags);
    checkPositivity(tables, diags);
  } catch (err) {
    diags.error('internal', `internal checker error: ${errorText(err)}`, crate.root.items[0]?.span ?? { file: crate.root.path, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 });
    return { checked: empty, diagnostics: diags.list };
  }
  guarded(diags, crate.root.items[0]?.span, () => reportUnsupportedItems(crate.root.items, diags));
  const own = new Set(crate.files);
  for (const f of tables.fns) {
    if (!f.info.verified) continue;
    // A dependency's proof fns are trusted here (collect.ts): their clauses are used, their
    // bodies never (they were checked and proved with the dependency itself). Most of vstd is
    // such lemmas, and every crate checks vstd again.
    const clausesOnly = f.decl.mode === 'proof' && !own.has(f.file);
    guarded(diags, f.decl.span, () => checkFnBody(f, tables, sigs, diags, ids, { clausesOnly }));
  }
  for (const c of tables.consts) {
    if (!c.decl.verified || !own.has(c.file)) continue; // a dependency's are checked with it
    guarded(diags, c.decl.span, () => checkConstBody(c, tables, sigs, diags, ids));
  }
  const checked = buildChecked(crate, tables, diags, sigs);
  if (plainBodies) checked.plainBodies = checkPlainBodies(tables, sigs, ids, own);
  // (the list itself keeps every report: bodies ask whether checking them added one)
  return { checked, diagnostics: uniqueDiagnostics(diags.list) };
}

/** The crate's own plain Rust exec fns with bodies (not tests), each with what checking it said. */
function checkPlainBodies(tables: CrateTables, sigs: Signatures, ids: IdGen, own: ReadonlySet<Crate['files'][number]>): Map<FnInfo['decl'], Diagnostic[]> {
  const out = new Map<FnInfo['decl'], Diagnostic[]>();
  for (const f of tables.fns) {
    const d = f.decl;
    if (f.info.verified || d.mode !== 'exec' || !d.body || d.flags.test || !own.has(f.file)) continue;
    try {
      out.set(d, checkPlainFnBody(f, tables, sigs, ids));
    } catch (err) {
      const what = isStackOverflow(err) ? NESTED_TOO_DEEPLY : `internal checker error: ${errorText(err)}`;
      out.set(d, [{ severity: 'error', kind: 'internal', message: what, span: d.nameSpan, labels: [] }]);
    }
  }
  return out;
}

/** Runs one item's check so that an internal failure becomes a diagnostic, not a crash. */
function guarded(diags: Diags, span: Diagnostic['span'] | undefined, f: () => void): void {
  try {
    f();
  } catch (err) {
    if (!span) return;
    if (isStackOverflow(err)) diags.error('unsupported', NESTED_TOO_DEEPLY, span);
    else diags.error('internal', `internal checker error: ${errorText(err)}`, span);
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A `#[verifier::type_invariant]` spec fn of one parameter (`&self` in an impl, or the older
 * free-function form `spec fn wf(a: A) -> bool`) is the invariant of its parameter's type.
 * Any other shape would be silently ignored, so it is an error.
 */
function attachTypeInvariant(f: CrateTables['fns'][number], t: CrateTables, diags: Diags): void {
  const p0 = f.info.params[0]?.ty;
  const p0s = p0?.k === 'ref' ? p0.inner : p0;
  const owner = f.impl?.ownerKey ?? (p0s?.k === 'adt' ? p0s.name : undefined);
  const shapeOk = f.decl.mode === 'spec' && f.info.params.length === 1 && f.info.retTy.k === 'bool'
    && p0s?.k === 'adt' && p0s.name === owner;
  const s = owner ? t.structByName.get(owner) : undefined;
  const e = owner ? t.enumByName.get(owner) : undefined;
  if (!shapeOk || (!s && !e)) {
    diags.error('unsupported', 'not supported: `#[verifier::type_invariant]` on a fn that is not a `spec fn(&self) -> bool` of a struct or enum', f.decl.nameSpan);
    return;
  }
  if (s?.info.typeInvariant || (e && t.fns.some((g) => g !== f && g.decl.flags.typeInvariant && g.info.params.length === 1 && (g.impl?.ownerKey ?? adtName(g.info.params[0]!.ty)) === owner && t.fns.indexOf(g) < t.fns.indexOf(f)))) {
    diags.error('unsupported', 'not supported: a second `#[verifier::type_invariant]` for one type', f.decl.nameSpan);
    return;
  }
  if (s) s.info.typeInvariant = f.info;
}

function adtName(ty: Type): string | undefined {
  const t = ty.k === 'ref' ? ty.inner : ty;
  return t.k === 'adt' ? t.name : undefined;
}

function buildChecked(crate: Crate, t: CrateTables, diags: Diags, sigs: Signatures): CheckedCrate {
  const fnByDecl = new Map<FnInfo['decl'], FnInfo>();
  for (const f of t.fns) fnByDecl.set(f.decl, f.info);
  for (const f of t.fns) if (f.decl.flags.typeInvariant) attachTypeInvariant(f, t, diags);
  // A group's members resolve in the group's own module; groups may name groups.
  // (a group named by several uses is resolved for each; what does not resolve is said once)
  const reported = new Set<string>();
  const report = (span: Span, say: () => void): void => {
    const key = `${span.file}:${span.start}`;
    if (!reported.has(key)) { reported.add(key); say(); }
  };
  const resolveUses = (uses: { path: string[]; span: Span; module: ModuleScope }[]): string[] => {
    const lemmas: string[] = [];
    const groupsSeen = new Set<string>();
    const use = (u: { path: string[]; span: Span; module: ModuleScope }): void => {
      const found = walkPath({ tables: t, module: u.module }, u.path);
      const d = found.def;
      if (d?.kind === 'fn') {
        if (!lemmas.includes(d.fn.qname)) lemmas.push(d.fn.qname);
      } else if (d?.kind === 'broadcastGroup') {
        if (groupsSeen.has(d.group.qname)) return;
        groupsSeen.add(d.group.qname);
        for (const m of d.group.decl.paths) use({ path: m.path, span: m.span, module: d.group.module });
      } else if (!d) {
        const why = unsupportedReason({ tables: t, module: u.module }, u.path, found.failedAt);
        if (why) report(u.span, () => diags.unsupported(why, u.span));
        else report(u.span, () => diags.error('type', `cannot find \`${u.path.join('::')}\` in this scope`, u.span));
      }
    };
    for (const u of uses) use(u);
    return lemmas;
  };
  const broadcastLemmas = [...resolveUses([...defaultBroadcastUses(t, crate.root.path), ...importedDefaultGroups(t, crate.root.path), ...t.broadcastUses]), ...checkedGlobalSizes(t, diags)];
  const bodyBroadcasts = new Map<string, { lemma: string; span: Span }[]>();
  for (const [decl, uses] of t.bodyBroadcastUses) {
    const f = t.fnByDecl.get(decl);
    if (!f) continue;
    // each statement's lemmas keep the statement's span (a cycle through one is reported there)
    const found = uses.flatMap((u) => resolveUses([{ ...u, module: f.module }]).map((lemma) => ({ lemma, span: u.span })));
    if (found.length) bodyBroadcasts.set(f.qname, found);
  }
  const instances = broadcastInstances(t, [...new Set([...broadcastLemmas, ...[...bodyBroadcasts.values()].flat().map((u) => u.lemma)])]);
  return {
    name: crate.name,
    files: crate.files,
    fns: t.fns.map((f) => f.info),
    fnByDecl,
    structs: new Map(t.structs.map((s) => [s.qname, s.info])),
    enums: new Map(t.enums.map((e) => [e.qname, e.info])),
    consts: new Map(t.consts.map((c) => [c.qname, c.info])),
    broadcastLemmas,
    ...(bodyBroadcasts.size ? { bodyBroadcasts } : {}),
    ...(instances.size ? { broadcastInstances: instances } : {}),
    ...(crate.rlimitDefault !== undefined ? { rlimitDefault: crate.rlimitDefault } : {}),
    ...(crate.allowPanic ? { allowPanic: true } : {}),
    traitImpls: traitImplInfos(t, sigs),
  };
}

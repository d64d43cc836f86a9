/**
 * Checking one fn (its clauses and body) or one const initializer.
 */
import type { Diagnostic } from '../report/diagnostic.js';
import { Diags } from './diagnostics.js';
import { lowerType } from './lower-type.js';
import { BodyChecker, type CodeMode, type Cx } from './context.js';
import { checkBool, checkExpr, checkLiteralRange } from './expr.js';
import { retMode, type IdGen, type Signatures } from './signatures.js';
import type { ConstEntry, CrateTables, FnEntry } from './scopes.js';
import { checkBlock } from './stmt.js';

const SPEC: Cx = { mode: 'spec' };

/** `clausesOnly`: check the fn's clauses, not its body (a dependency's trusted proof fn). */
export function checkFnBody(f: FnEntry, tables: CrateTables, sigs: Signatures, diags: Diags, ids: IdGen, { clausesOnly = false } = {}): void {
  const d = f.decl;
  const sig = sigs.sigs.get(d);
  if (!sig) return;
  // A signature the parser reported as not supported (a `with` clause binding names, ...):
  // what the rest would say is mostly an echo of it, and the fn is not verified anyway.
  // Likewise a member of a trait (or of an impl of one) with associated types:
  // its types mention what the checker does not model, so their errors would be echoes.
  if (d.headerUnsupported || typesUnmodelled(f.info.ownerUnsupported)) {
    diags.withMuted(true, () => checkFnRest(f, tables, sigs, diags, ids, sig, { clausesOnly }));
    return;
  }
  checkFnRest(f, tables, sigs, diags, ids, sig, { clausesOnly });
}

function typesUnmodelled(ownerUnsupported: string | undefined): boolean {
  return ownerUnsupported === 'not supported: associated types';
}

/**
 * A plain Rust fn (outside `verus!`, not `#[verus_verify]`) checked for the value analysis
 * only: its signature's types and its body, as exec code that may call any fn (nothing in it
 * is verified). Returns what the checker says about it, in a list of its own: these are never
 * reported (rustc has accepted the code; Proofgate only does not handle it), they only say why
 * the analysis skips the fn.
 */
export function checkPlainFnBody(f: FnEntry, tables: CrateTables, sigs: Signatures, ids: IdGen): Diagnostic[] {
  const d = f.decl;
  const sig = sigs.sigs.get(d);
  const diags = new Diags();
  if (!sig || !d.body) return [];
  const scope = sigs.typeScope(f.module, f.impl, d.generics);
  for (const p of d.params) lowerType(p.ty, scope, diags);
  if (d.ret) lowerType(d.ret, scope, diags);
  if (diags.list.length === 0) checkFnRest(f, tables, sigs, diags, ids, sig, { plain: true });
  return diags.list;
}

function checkFnRest(f: FnEntry, tables: CrateTables, sigs: Signatures, diags: Diags, ids: IdGen, sig: NonNullable<ReturnType<Signatures['sigs']['get']>>, { plain = false, clausesOnly = false } = {}): void {
  const d = f.decl;
  const bc = new BodyChecker(tables, sigs, sigs.typeScope(f.module, f.impl, d.generics), diags, ids);
  bc.plain = plain;
  bc.fn = d;
  bc.fnMode = d.mode as CodeMode;
  bc.retTy = sig.retTy;
  const params = f.info.params;
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    bc.declare(p.name, p.ty, p.mode, d.params[i]?.mutBinding ?? false, p.id);
  }
  for (const r of d.requires) checkBool(bc, r, SPEC);
  if (d.noUnwind?.when) checkBool(bc, d.noUnwind.when, SPEC);
  for (const e of d.decreases) checkExpr(bc, e, SPEC);
  bc.withScope(() => {
    if (d.retName) bc.declare(d.retName, sig.retTy, retMode(d), false, f.info.retId);
    for (const e of d.ensures) checkBool(bc, e, SPEC);
    // `ensures #![trigger ..]`: on a broadcast lemma, the terms its quantified form is triggered
    // on; on any other fn there is no quantifier to trigger, and Verus drops them (its
    // `with_triggers` around the clause means the clause itself: sst_to_air), after checking
    // them as spec expressions, as here (src/ir/lower.ts keeps them for broadcast lemmas only)
    for (const g of d.ensuresTriggers ?? []) for (const t of g) checkExpr(bc, t, SPEC);
  });
  for (const e of d.returns) checkExpr(bc, e, SPEC, sig.retTy);
  if (d.body && !d.uninterp && !clausesOnly) {
    const body = d.body;
    bc.external = d.flags.externalBody;
    diags.withMuted(bc.external, () => checkBlock(bc, body, { mode: bc.fnMode }, sig.retTy));
  }
  bc.finish(checkLiteralRange);
}

export function checkConstBody(c: ConstEntry, tables: CrateTables, sigs: Signatures, diags: Diags, ids: IdGen): void {
  if (!c.decl.value) return;
  const bc = new BodyChecker(tables, sigs, sigs.typeScope(c.module, c.impl, []), diags, ids);
  checkExpr(bc, c.decl.value, { mode: c.decl.mode === 'spec' ? 'spec' : 'exec' }, c.info.ty);
  bc.finish(checkLiteralRange);
}

/**
 * Which functions rest on trust: a proof the verifier accepted with `assume` or with an
 * `external_body` callee's unproved contract holds only as far as that trust does, so a
 * run-time violation there is not an unsoundness of the verifier. A function rests on
 * trust when its body assumes, or it calls (through any chain) one that does or that is
 * `external_body` (or an `assume_specification`, whose contract its calls use), or a
 * `broadcast use` lemma in force does. So does one calling a fn that failed to verify: its
 * contract is assumed at the call (modular verification) and the failure is already reported.
 */
import { isVstdDefaultLemma } from '../check/vstd-default.js';
import { broadcastLemmasOf } from '../check/broadcast-scope.js';
import type { CheckedCrate } from '../check/program.js';
import type { Expr, FnItem } from '../syntax/ast.js';
import { walkBlock, walkExpr } from '../syntax/walk.js';

function directCallees(decl: FnItem): Set<FnItem> {
  const out = new Set<FnItem>();
  const visit = (e: Expr): void => {
    if (e.kind === 'call' && e.callee.kind === 'path' && e.callee.res?.kind === 'fn') out.add(e.callee.res.decl);
    if (e.kind === 'method' && e.res?.kind === 'fn') out.add(e.res.decl);
  };
  walkBlock(decl.body, visit);
  for (const c of [...decl.requires, ...decl.ensures]) walkExpr(c, visit);
  return out;
}

/** `admit()`: an `assume(false)` in call form. */
export function isAdmit(e: Expr): boolean {
  return e.kind === 'call' && e.callee.kind === 'path' && e.callee.res?.kind === 'builtin' && e.callee.res.name === 'admit';
}

function assumesDirectly(decl: FnItem): boolean {
  if (decl.flags.externalBody || decl.assumeSpec) return true; // (an `assume_specification`'s contract is trusted too)
  let found = false;
  walkBlock(decl.body, (e) => { if (isAdmit(e)) found = true; }, (s) => { if (s.kind === 'assume') found = true; });
  return found;
}

/** The functions of the crate that rest on trust; `failed`: the qualified names of those that failed to verify. */
export function trustedFunctions(crate: CheckedCrate, failed: ReadonlySet<string> = new Set()): Set<FnItem> {
  const callees = new Map<FnItem, Set<FnItem>>();
  const declOf = new Map(crate.fns.map((f) => [f.qname, f.decl]));
  for (const f of crate.fns) {
    // a broadcast lemma a fn's proof may assume is relied on as a callee is
    // (not vstd's default layout facts, nor a `global size_of` Proofgate computed: checked facts)
    const lemmas = broadcastLemmasOf(crate, f.qname).filter((l) => !isVstdDefaultLemma(l)).flatMap((l) => declOf.get(l) ?? []).filter((d) => !d.globalSizeOf);
    callees.set(f.decl, new Set([...directCallees(f.decl), ...lemmas]));
  }
  const trusted = new Set<FnItem>(crate.fns.filter((f) => assumesDirectly(f.decl) || failed.has(f.qname)).map((f) => f.decl));
  // Propagate to callers until nothing changes (the call graph is small).
  for (let changed = true; changed;) {
    changed = false;
    for (const [decl, cs] of callees) {
      if (!trusted.has(decl) && [...cs].some((c) => trusted.has(c))) {
        trusted.add(decl);
        changed = true;
      }
    }
  }
  return trusted;
}

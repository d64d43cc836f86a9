/**
 * A const (or static) initializer is exec code run once (at compile time for a const): it is
 * checked as the body of a function without parameters whose result is the const's type,
 * so `const K: u8 = 200 + 100;` has an overflow error on its initializer.
 */
import type { CheckedCrate, ConstInfo, FnInfo } from './program.js';
import type { Attr, FnItem } from '../syntax/ast.js';

/** The exec consts of the crate that have an initializer to check (an external one is trusted). */
export function checkedConsts(crate: CheckedCrate): ConstInfo[] {
  return [...crate.consts.values()].filter((c) => c.decl.verified && c.decl.mode !== 'spec' && c.decl.value !== undefined && !isExternal(c.decl.attrs));
}

function isExternal(attrs: Attr[]): boolean {
  return attrs.some((a) => a.name === 'verifier::external_body' || a.name === 'verifier::external' || (a.name === 'verus_verify' && /\bexternal(_body)?\b/.test(a.args)));
}

/** `fn K() -> T { init }`: the initializer as the body of a parameterless exec fn. */
export function constInitializerFn(crate: CheckedCrate, c: ConstInfo): FnInfo | undefined {
  const d = c.decl;
  const value = d.value;
  const file = crate.files.find((f) => f.path === d.span.file);
  if (!value || !file) return undefined;
  const decl: FnItem = {
    kind: 'fn', name: d.name, nameSpan: d.nameSpan, mode: 'exec', uninterp: false, broadcast: false, isConst: true,
    generics: [], params: [], retTracked: false, requires: [], ensures: [], returns: [], decreases: [],
    body: { stmts: [], tail: value, span: value.span },
    flags: { externalBody: false, external: false, opaque: false, typeInvariant: false, execAllowsNoDecreases: false, test: false },
    span: d.span, attrs: d.attrs, vis: d.vis, verified: d.verified,
  };
  return { qname: c.qname, decl, file, modulePath: [], params: [], retTy: c.ty, verified: true };
}

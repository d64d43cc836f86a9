/**
 * Verus's `global size_of T == N;` directive: a fact about a type's size that Verus has the
 * compiler check. It becomes a broadcast lemma of the crate, `size_of::<T>() == N` (lib/vstd's
 * `vstd::layout::size_of`), marked `globalSizeOf`: src/check/global-layout.ts computes the size
 * itself and only then puts the fact in force crate-wide (the compiler's check is not run here).
 * `global layout T is size == N, align == M` stays not supported.
 */
import type { Attr, Expr, FnItem, TypeExpr, Visibility } from './ast.js';
import type { Parser } from './parser-core.js';
import { parseExpr } from './parser-exprs.js';
import { parseType } from './parser-types.js';
import { NO_FLAGS } from './parser-attrs.js';

/** At `global size_of`: the directive as a lemma (the cursor after its `;`). */
export function parseGlobalSizeOf(p: Parser, start: number, base: { attrs: Attr[]; vis: Visibility; verified: boolean }): FnItem {
  const kw = p.bump(); // global
  p.bump(); // size_of
  const ty: TypeExpr = parseType(p);
  p.expect('==');
  const size: Expr = parseExpr(p);
  p.expect(';');
  const span = p.spanFrom(start);
  const callee: Expr = { kind: 'path', segments: ['vstd', 'layout', 'size_of'], generics: [ty], span: ty.span };
  const call: Expr = { kind: 'call', callee, args: [], span: ty.span };
  const fact: Expr = { kind: 'binary', op: '==', left: call, right: size, span, opSpan: span };
  return {
    kind: 'fn', ...base, name: `global_size_of@${span.start}`, nameSpan: p.spanOf(kw), mode: 'proof',
    uninterp: false, broadcast: true, isConst: false, generics: [], params: [], retTracked: false,
    requires: [], ensures: [fact], ensuresTriggers: [[call]], returns: [], decreases: [],
    body: { stmts: [], span },
    flags: { ...NO_FLAGS, externalBody: true }, span, globalSizeOf: { ty, size },
  };
}

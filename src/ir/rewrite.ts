/** Rewriting IR expressions: a map over direct children, and substitution of locals. */
import type { IrExpr } from './types.js';

/** `e` with each direct sub-expression replaced by `f` of it. */
export function mapChildren(e: IrExpr, f: (x: IrExpr) => IrExpr): IrExpr {
  switch (e.k) {
    case 'int': case 'bool': case 'var': case 'arbitrary': case 'unknown_const': return e;
    case 'arith': case 'cmp': case 'logic': return { ...e, left: f(e.left), right: f(e.right) };
    case 'neg': case 'bitnot': case 'not': case 'cast': case 'deref': case 'is_variant': return { ...e, arg: f(e.arg) };
    case 'field': return { ...e, base: f(e.base) };
    case 'index': return { ...e, base: f(e.base), index: f(e.index) };
    case 'spec_call': case 'builtin': return { ...e, args: e.args.map(f) };
    case 'ctor': return { ...e, fields: e.fields.map((x) => ({ name: x.name, value: f(x.value) })) };
    case 'update': return { ...e, base: f(e.base), fields: e.fields.map((x) => ({ name: x.name, value: f(x.value) })) };
    case 'seq_lit': return { ...e, elems: e.elems.map(f) };
    case 'ite': return { ...e, cond: f(e.cond), then: f(e.then), else: f(e.else) };
    case 'let': return { ...e, value: f(e.value), body: f(e.body) };
    case 'quant': return { ...e, triggers: e.triggers.map((g) => g.map(f)), body: f(e.body) };
    case 'lambda': return { ...e, body: f(e.body) };
    case 'apply': return { ...e, fn: f(e.fn), args: e.args.map(f) };
  }
}

/** `e` with locals (current version) replaced by expressions; `old` reads become current when `oldToNow`. */
export function substitute(e: IrExpr, m: Map<number, IrExpr>, oldToNow = false): IrExpr {
  if (e.k === 'var') {
    if (e.at === 'old' && oldToNow) return m.get(e.id) ?? { ...e, at: 'now' };
    return e.at === 'now' ? m.get(e.id) ?? e : e;
  }
  return mapChildren(e, (x) => substitute(x, m, oldToNow));
}

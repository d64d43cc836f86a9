/**
 * Patterns: the condition under which a value matches and the bindings it makes (as
 * projections of the value). Exhaustiveness is not decided here: the checker rejects a
 * non-exhaustive `match` and a refutable `let` statically (src/check/exhaustive.ts, rustc's
 * E0004/E0005), and the lowering only runs on crates without errors, so it relies on the
 * arms covering the scrutinee (docs/semantics.md, "`match` and `let` patterns").
 */
import type { Type } from '../check/types.js';
import type { Pattern } from '../syntax/ast.js';
import { boolLit, containsMutRef, Cx, IrUnsupported, strip } from './lower-context.js';
import type { IrExpr, IrLocal } from './types.js';
import { constValue, lowerPure } from './lower-expr.js';

export interface PatternMatch { cond: IrExpr; binds: { local: IrLocal; value: IrExpr }[] }

const BOOL: Type = { k: 'bool' };

function field(base: IrExpr, name: string, ty: Type, variant?: string): IrExpr {
  return { k: 'field', base, name, ty, span: base.span, ...(variant ? { variant } : {}) };
}

let flatGroups = 0;

/** One n-ary conjunction or disjunction (its links share a `flat` number); `true` parts of a conjunction are dropped. */
function flatAll(op: 'and' | 'or', xs: IrExpr[], span: IrExpr['span']): IrExpr {
  const ys = op === 'and' ? xs.filter((x) => !(x.k === 'bool' && x.value)) : xs;
  if (ys.length === 0) return boolLit(op === 'and', span);
  const flat = flatGroups++;
  return ys.reduce((a, b) => ({ k: 'logic', op, left: a, right: b, flat, ty: BOOL, span }));
}

export function matchPattern(cx: Cx, p: Pattern, v: IrExpr, ty: Type): PatternMatch {
  const t = strip(ty);
  const yes = boolLit(true, p.span);
  switch (p.kind) {
    case 'wild': return { cond: yes, binds: [] };
    case 'ident': {
      if (p.id === undefined) throw new IrUnsupported('an unresolved pattern', p.span);
      if (!cx.pure && containsMutRef(p.ty ?? ty)) throw new IrUnsupported('a `&mut` reference held in a variable', p.span);
      const local = cx.local(p.id, p.name, p.ty ?? ty, cx.ghost ? 'ghost' : 'exec', 'let');
      return { cond: yes, binds: [{ local, value: v }] };
    }
    case 'tuple': {
      if (t.k !== 'tuple') throw new IrUnsupported('this tuple pattern', p.span);
      const parts = p.elems.map((q, i) => matchPattern(cx, q, field(v, String(i), t.elems[i]!), t.elems[i]!));
      return { cond: flatAll('and', parts.map((x) => x.cond), p.span), binds: parts.flatMap((x) => x.binds) };
    }
    case 'tuple_struct': case 'struct': {
      const res = p.res;
      const subs = p.kind === 'tuple_struct'
        ? p.elems.map((q, i) => ({ pat: q, field: String(i) }))
        : p.fields.map((f) => ({ pat: f.pattern, field: f.name }));
      if (res?.kind === 'builtin' && (res.name === 'Tracked' || res.name === 'Ghost' || res.name === 'Box::new') && subs[0]) return matchPattern(cx, subs[0].pat, v, t);
      if (res?.kind === 'builtin' && res.name === 'Some') {
        const elemTy = t.k === 'builtin' ? t.args[0] : undefined;
        if (!elemTy) throw new IrUnsupported('this `Some` pattern', p.span);
        const is: IrExpr = { k: 'is_variant', arg: v, variant: 'Some', ty: BOOL, span: p.span };
        const inner = subs[0] ? matchPattern(cx, subs[0].pat, field(v, '0', elemTy, 'Some'), elemTy) : { cond: yes, binds: [] };
        return { cond: flatAll('and', [is, inner.cond], p.span), binds: inner.binds };
      }
      const fields = res?.kind === 'variant' ? cx.crate.enums.get(res.qname.split('::').slice(0, -1).join('::'))?.variants.find((x) => x.name === res.variant.name)?.fields
        : res?.kind === 'struct' ? cx.crate.structs.get(res.qname)?.fields : undefined;
      if (!fields || (res?.kind !== 'variant' && res?.kind !== 'struct')) throw new IrUnsupported('this pattern', p.span);
      const variant = res.kind === 'variant' ? res.variant.name : undefined;
      const parts = subs.map((s) => {
        const f = fields.find((x) => x.name === s.field);
        if (!f) throw new IrUnsupported(`field \`${s.field}\` in this pattern`, p.span);
        const fty = instantiate(f.ty, t);
        return matchPattern(cx, s.pat, field(v, f.name, fty, variant), fty);
      });
      const conds = parts.map((x) => x.cond);
      if (variant) conds.unshift({ k: 'is_variant', arg: v, variant, ty: BOOL, span: p.span });
      return { cond: flatAll('and', conds, p.span), binds: parts.flatMap((x) => x.binds) };
    }
    case 'path': {
      const res = p.res;
      if (res?.kind === 'builtin' && res.name === 'None') return { cond: { k: 'is_variant', arg: v, variant: 'None', ty: BOOL, span: p.span }, binds: [] };
      if (res?.kind === 'variant') return { cond: { k: 'is_variant', arg: v, variant: res.variant.name, ty: BOOL, span: p.span }, binds: [] };
      if (res?.kind === 'const') return { cond: eq(v, constValue(cx, res, p.span), p.span), binds: [] };
      if (res?.kind === 'struct') return { cond: yes, binds: [] };
      throw new IrUnsupported('this pattern', p.span);
    }
    case 'lit': return { cond: eq(v, lowerPure(cx, p.value), p.span), binds: [] };
    case 'range': {
      const conds: IrExpr[] = [];
      if (p.lo) conds.push({ k: 'cmp', op: 'le', left: lowerPure(cx, p.lo), right: v, ty: BOOL, span: p.span });
      if (p.hi) conds.push({ k: 'cmp', op: p.inclusive ? 'le' : 'lt', left: v, right: lowerPure(cx, p.hi), ty: BOOL, span: p.span });
      return { cond: flatAll('and', conds, p.span), binds: [] };
    }
    case 'or': {
      const parts = p.alts.map((q) => matchPattern(cx, q, v, ty));
      const cond = flatAll('or', parts.map((x) => x.cond), p.span);
      // every alternative binds the same names; the value comes from the first that matches
      const binds = (parts[0]?.binds ?? []).map(({ local }) => {
        let value: IrExpr | undefined;
        for (let i = parts.length - 1; i >= 0; i--) {
          const b = parts[i]!.binds.find((x) => x.local.id === local.id)?.value;
          if (!b) throw new IrUnsupported('or-patterns binding different names', p.span);
          value = value === undefined ? b : { k: 'ite', cond: parts[i]!.cond, then: b, else: value, ty: local.ty, span: p.span };
        }
        return { local, value: value! };
      });
      return { cond, binds };
    }
  }
}

function eq(a: IrExpr, b: IrExpr, span: IrExpr['span']): IrExpr {
  return { k: 'cmp', op: 'eq', left: a, right: b, ty: BOOL, span };
}

/** A field type with the ADT's type parameters replaced by the scrutinee's type arguments (best effort: by position). */
function instantiate(fieldTy: Type, _adt: Type): Type {
  return fieldTy;
}

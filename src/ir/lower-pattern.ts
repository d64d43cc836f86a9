/**
 * Patterns: the condition under which a value matches, the bindings it makes (as
 * projections of the value), and whether a list of arms is exhaustive.
 */
import type { Type } from '../check/types.js';
import type { Pattern } from '../syntax/ast.js';
import { andAll, boolLit, Cx, IrUnsupported, strip } from './lower-context.js';
import type { IrExpr, IrLocal } from './types.js';
import { constValue, lowerPure } from './lower-expr.js';

export interface PatternMatch { cond: IrExpr; binds: { local: IrLocal; value: IrExpr }[] }

const BOOL: Type = { k: 'bool' };

function field(base: IrExpr, name: string, ty: Type, variant?: string): IrExpr {
  return { k: 'field', base, name, ty, span: base.span, ...(variant ? { variant } : {}) };
}

export function matchPattern(cx: Cx, p: Pattern, v: IrExpr, ty: Type): PatternMatch {
  const t = strip(ty);
  const yes = boolLit(true, p.span);
  switch (p.kind) {
    case 'wild': return { cond: yes, binds: [] };
    case 'ident': {
      if (p.id === undefined) throw new IrUnsupported('an unresolved pattern', p.span);
      const local = cx.local(p.id, p.name, p.ty ?? ty, cx.ghost ? 'ghost' : 'exec', 'let');
      return { cond: yes, binds: [{ local, value: v }] };
    }
    case 'tuple': {
      if (t.k !== 'tuple') throw new IrUnsupported('this tuple pattern', p.span);
      const parts = p.elems.map((q, i) => matchPattern(cx, q, field(v, String(i), t.elems[i]!), t.elems[i]!));
      return { cond: andAll(parts.map((x) => x.cond), p.span), binds: parts.flatMap((x) => x.binds) };
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
        return { cond: andAll([is, inner.cond], p.span), binds: inner.binds };
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
      return { cond: andAll(conds, p.span), binds: parts.flatMap((x) => x.binds) };
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
      return { cond: andAll(conds, p.span), binds: [] };
    }
    case 'or': {
      const parts = p.alts.map((q) => matchPattern(cx, q, v, ty));
      const cond = parts.map((x) => x.cond).reduce((a, b) => ({ k: 'logic', op: 'or', left: a, right: b, ty: BOOL, span: p.span }));
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

const WILD: Pattern = { kind: 'wild', span: { file: '', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 } };

type Ctor = { name: string; fields: { name: string; ty: Type }[] };

/** The constructors of a type whose values patterns can tell apart, or undefined (integers, ...). */
function ctorsOf(cx: Cx, t: Type): Ctor[] | undefined {
  if (t.k === 'bool') return [{ name: 'true', fields: [] }, { name: 'false', fields: [] }];
  if (t.k === 'builtin' && t.name === 'Option') return [{ name: 'Some', fields: [{ name: '0', ty: t.args[0] ?? { k: 'error' } }] }, { name: 'None', fields: [] }];
  if (t.k === 'adt') {
    const e = cx.crate.enums.get(t.name);
    if (e) return e.variants.map((v) => ({ name: v.name, fields: v.fields }));
  }
  return undefined;
}

/** A single-constructor type's fields (tuples, structs), or undefined. */
function productOf(cx: Cx, t: Type): { name: string; ty: Type }[] | undefined {
  if (t.k === 'tuple') return t.elems.map((ty, i) => ({ name: String(i), ty }));
  if (t.k === 'adt') return cx.crate.structs.get(t.name)?.fields;
  return undefined;
}

/** The sub-patterns of `p` for the fields of constructor `ctor` (wildcards where not written), or undefined if `p` is another constructor. */
function specialize(p: Pattern, ctor: string | undefined, fields: { name: string }[]): Pattern[] | undefined {
  switch (p.kind) {
    case 'wild': case 'ident': return fields.map(() => WILD);
    case 'tuple': return ctor === undefined ? p.elems : undefined;
    case 'lit': return p.value.kind === 'bool' && String(p.value.value) === ctor ? [] : undefined;
    case 'path': {
      const name = p.res?.kind === 'variant' ? p.res.variant.name : p.res?.kind === 'builtin' && p.res.name === 'None' ? 'None' : p.res?.kind === 'struct' ? undefined : '\0';
      return name === ctor ? fields.map(() => WILD) : undefined;
    }
    case 'tuple_struct': case 'struct': {
      const res = p.res;
      const name = res?.kind === 'variant' ? res.variant.name : res?.kind === 'builtin' && res.name === 'Some' ? 'Some' : res?.kind === 'struct' ? undefined : '\0';
      if (name !== ctor) return undefined;
      if (p.kind === 'tuple_struct') return fields.map((_, i) => p.elems[i] ?? WILD);
      return fields.map((f) => p.fields.find((x) => x.name === f.name)?.pattern ?? WILD);
    }
    default: return undefined;
  }
}

/** Whether the rows of patterns (one column per type) cover every combination of values. */
function covers(cx: Cx, rows: Pattern[][], tys: Type[], depth: number): boolean {
  if (rows.length === 0) return false;
  if (tys.length === 0) return true;
  if (depth > 64) return false;
  // or-patterns: one row per alternative; wrappers (Tracked, Ghost, Box) are transparent
  const flat: Pattern[][] = [];
  const unwrap = (p: Pattern): Pattern => (p.kind === 'tuple_struct' && p.res?.kind === 'builtin' && ['Tracked', 'Ghost', 'Box::new'].includes(p.res.name) && p.elems[0] ? unwrap(p.elems[0]) : p);
  for (const r of rows) {
    const head = unwrap(r[0]!);
    if (head.kind === 'or') for (const a of head.alts) flat.push([a, ...r.slice(1)]);
    else flat.push([head, ...r.slice(1)]);
  }
  if (flat.length !== rows.length || flat.some((r, i) => r[0] !== rows[i]![0])) return covers(cx, flat, tys, depth + 1);
  const rest = tys.slice(1);
  // a column of catch-alls says nothing: skip it (else wildcards over nested enums split exponentially)
  if (flat.every((r) => r[0]!.kind === 'wild' || r[0]!.kind === 'ident')) return covers(cx, flat.map((r) => r.slice(1)), rest, depth + 1);
  const t = strip(tys[0]!);
  const product = productOf(cx, t);
  if (product) {
    const next = flat.map((r) => specialize(r[0]!, undefined, product)).map((sub, i) => (sub ? [...sub, ...flat[i]!.slice(1)] : undefined)).filter((r): r is Pattern[] => !!r);
    return covers(cx, next, [...product.map((f) => f.ty), ...rest], depth + 1);
  }
  const ctors = ctorsOf(cx, t);
  if (ctors) {
    return ctors.every((c) => {
      const next = flat.map((r) => { const sub = specialize(r[0]!, c.name, c.fields); return sub ? [...sub, ...r.slice(1)] : undefined; }).filter((r): r is Pattern[] => !!r);
      return covers(cx, next, [...c.fields.map((f) => f.ty), ...rest], depth + 1);
    });
  }
  // integers and other types: only the rows starting with a catch-all count
  const next = flat.filter((r) => r[0]!.kind === 'wild' || r[0]!.kind === 'ident').map((r) => r.slice(1));
  return covers(cx, next, rest, depth + 1);
}

/**
 * Whether unguarded arms cover every value (the usefulness check of match compilation, over
 * tuples, structs, enums, Option and bool; integer literals and ranges never count).
 */
export function exhaustive(cx: Cx, arms: { pattern: Pattern; guard?: unknown }[], scrutineeTy: Type): boolean {
  return covers(cx, arms.filter((a) => !a.guard).map((a) => [a.pattern]), [scrutineeTy], 0);
}

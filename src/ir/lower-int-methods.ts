/**
 * The machine integers' checked, wrapping and saturating arithmetic (`int::checked_add`, ...
 * of src/check/prelude.ts) as pure IR, with vstd's specs: a checked operation is `Some` of the
 * exact result when it lies in the type's range (and the divisor is not 0), else `None`;
 * a wrapping one is the exact result modulo 2^bits into the type's range; a saturating one is the
 * exact result clamped to the type's range. Division and remainder truncate, as in Rust.
 * std's `Ord::min` / `Ord::max` at the integer types are here too.
 */
import { INT, intRange, type IntKind, type Type } from '../check/types.js';
import { andAll, coerce, intLit } from './lower-context.js';
import type { ArithOp, IrExpr, IrSpan } from './types.js';

const BOOL: Type = { k: 'bool' };

const OPS: Record<string, ArithOp> = { add: 'add', sub: 'sub', mul: 'mul', div: 'div', rem: 'rem' };

/** `a.<name>(b)` at the integer kind `kind`; undefined if `name` is not one of them. */
export function intMethod(name: string, kind: IntKind, a: IrExpr, b: IrExpr, ty: Type, span: IrSpan): IrExpr | undefined {
  if (name === 'min' || name === 'max') {
    // std's `Ord::min` / `Ord::max`: the smaller (larger) of the two (equal ones are the same value)
    const cond: IrExpr = { k: 'cmp', op: 'le', left: a, right: b, ty: BOOL, span };
    return name === 'min' ? { k: 'ite', cond, then: a, else: b, ty, span } : { k: 'ite', cond, then: b, else: a, ty, span };
  }
  const m = /^(checked|wrapping|saturating)_(add|sub|mul|div|rem)$/.exec(name);
  const r = intRange(kind);
  if (!m || !r) return undefined;
  const op = OPS[m[2]!]!;
  const t: Type = { k: 'int', kind };
  const divides = op === 'div' || op === 'rem';
  const exact: IrExpr = { k: 'arith', op, left: coerce(a, INT), right: coerce(b, INT), ...(divides ? { rounding: 'trunc' as const } : {}), ty: INT, span };
  const cmp = (o: 'le' | 'lt' | 'ne', x: IrExpr, y: IrExpr): IrExpr => ({ k: 'cmp', op: o, left: x, right: y, ty: BOOL, span });
  const min = intLit(r.min, INT, span);
  const max = intLit(r.max, INT, span);
  // the exact value, typed at the kind: only used where it lies in the range
  const inKind: IrExpr = { ...exact, left: a, right: b, ty: t };
  switch (m[1]) {
    case 'checked': {
      // `MIN % -1` has no overflowing result, but Rust's checked_rem answers `None` as for `MIN / -1`
      const quotient: IrExpr = { ...exact, op: 'div' };
      const inRange = andAll([cmp('le', min, divides ? quotient : exact), cmp('le', divides ? quotient : exact, max)], span);
      const ok = divides ? andAll([cmp('ne', coerce(b, INT), intLit(0n, INT, span)), inRange], span) : inRange;
      const some: IrExpr = { k: 'ctor', adt: 'Option', variant: 'Some', fields: [{ name: '0', value: inKind }], ty, span };
      const none: IrExpr = { k: 'ctor', adt: 'Option', variant: 'None', fields: [], ty, span };
      return { k: 'ite', cond: ok, then: some, else: none, ty, span };
    }
    case 'wrapping': {
      if (divides) return undefined;
      // `(exact - MIN) mod 2^bits + MIN`, the exact result cast to the type (written as
      // arithmetic, not as a cast: the source has no `as` for the analysis to warn about)
      const m = intLit(r.max - r.min + 1n, INT, span);
      if (r.min === 0n) return { k: 'arith', op: 'rem', rounding: 'euclid', left: exact, right: m, ty: t, span };
      const shifted: IrExpr = { k: 'arith', op: 'sub', left: exact, right: min, ty: INT, span };
      const rem: IrExpr = { k: 'arith', op: 'rem', rounding: 'euclid', left: shifted, right: m, ty: INT, span };
      return { k: 'arith', op: 'add', left: rem, right: min, ty: t, span };
    }
    case 'saturating':
      if (divides) return undefined;
      return {
        k: 'ite', cond: cmp('lt', max, exact), then: intLit(r.max, t, span),
        else: { k: 'ite', cond: cmp('lt', exact, min), then: intLit(r.min, t, span), else: inKind, ty: t, span },
        ty: t, span,
      };
  }
  return undefined;
}

/**
 * Casts of raw pointers (src/check/raw-ptr.ts): `ptr as usize` is the pointer's address
 * (vstd's `spec_cast_ptr_to_usize`, `ptr@.addr`), clipped like any integer cast when the
 * target is narrower; a pointer cast (`*const T as *mut T`, `*mut T as *mut U`) keeps address
 * and provenance (vstd's `spec_cast_ptr_to_thin_ptr`; Verus's pointers of either mutability
 * are one value).
 */
import { isRawPtr, PROVENANCE } from '../check/raw-ptr.js';
import { typeToString, type Type } from '../check/types.js';
import { strip } from './lower-context.js';
import type { IrExpr, IrSpan } from './types.js';

const USIZE: Type = { k: 'int', kind: 'usize' };

/** The meaning of `x as to` when `x` is a raw pointer (`intCast` for the clip); undefined otherwise. */
export function ptrCast(x: IrExpr, source: Type, to: Type, target: Type, span: IrSpan, intCast: (x: IrExpr, to: Type, span: IrSpan) => IrExpr): IrExpr | undefined {
  if (!isRawPtr(source)) return undefined;
  if (target.k === 'int') return intCast({ k: 'field', base: x, name: 'addr', ty: USIZE, span }, to, span);
  if (!isRawPtr(target) || typeToString(target) === typeToString(source)) return x;
  const field = (name: string, ty: Type): { name: string; value: IrExpr } => ({ name, value: { k: 'field', base: x, name, ty, span } });
  const provenance: Type = { k: 'builtin', name: 'Ghost', args: [{ k: 'adt', name: PROVENANCE, args: [] }] };
  return { k: 'ctor', adt: target.name, fields: [field('addr', USIZE), field('provenance', provenance)], ty: to, span };
}

/** `b` as a value of `a`'s type when they are raw pointers of the two mutabilities (spec `==`); else `b`. */
export function samePtrType(a: IrExpr, b: IrExpr): IrExpr {
  const ta = strip(a.ty);
  const tb = strip(b.ty);
  if (!isRawPtr(ta) || !isRawPtr(tb) || ta.name === tb.name) return b;
  return ptrCast(b, tb, ta, ta, b.span, (x) => x) ?? b;
}

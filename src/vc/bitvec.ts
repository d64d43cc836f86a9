/**
 * `assert(e) by (bit_vector) requires R`: a goal over bit-vectors, `R => e` for all values of its
 * variables, proved in isolation from everything else in the function (in a QF_BV query of its
 * own, the variables as constants); the claim is then assumed with its
 * ordinary (integer) meaning. So the encoding is exact: every integer subterm is a bit-vector
 * wide enough to hold its mathematical value (two's complement when it may be negative), and
 * every operation means what it means in the main query (docs/semantics.md, "Bit-vector
 * assertions"): `+ - *` never wrap, literals are never truncated, comparisons of different
 * widths compare values. Only machine-integer variables (each at its type's width) may occur.
 *
 * This file: exact bit-vector values and the operations that keep them exact; bitvec-ir.ts
 * translates a claim's IR with them.
 */

/** An integer's exact value: `width` bits, two's complement when `signed`, plain binary otherwise. */
export interface BvVal { term: string; width: number; signed: boolean }

/** Wider terms are refused (a product of products of u128s): the solver would not cope. */
export const MAX_WIDTH = 1024;

function bitLength(v: bigint): number {
  let n = 0;
  for (let x = v; x > 0n; x >>= 1n) n++;
  return n;
}

export function bvLit(v: bigint, width: number): string {
  return `(_ bv${BigInt.asUintN(width, v)} ${width})`;
}

/** The narrowest exact representation of a constant. */
export function constant(v: bigint): BvVal {
  if (v >= 0n) {
    const width = Math.max(1, bitLength(v));
    return { term: bvLit(v, width), width, signed: false };
  }
  const width = bitLength(-v - 1n) + 1;
  return { term: bvLit(v, width), width, signed: true };
}

/** Bits needed to hold every value of `x` in the given signedness (never unsigned for a signed x). */
export function need(x: BvVal, signed: boolean): number {
  return x.width + (signed && !x.signed ? 1 : 0);
}

/** `x` extended (by its own signedness) to `width` bits, then read with `signed`; the width must hold every value of x. */
export function extend(x: BvVal, width: number, signed = x.signed): BvVal {
  if (!signed && x.signed) throw new Error('a signed bit-vector value read as unsigned');
  if (width < need(x, signed)) throw new Error('a bit-vector extension that loses bits');
  const term = width === x.width ? x.term : `((_ ${x.signed ? 'sign' : 'zero'}_extend ${width - x.width}) ${x.term})`;
  return { term, width, signed };
}

/** The bits of `x` zero-extended to `width` (a shift amount: read only when it is not negative). */
export function bitsAt(x: BvVal, width: number): string {
  return width === x.width ? x.term : `((_ zero_extend ${width - x.width}) ${x.term})`;
}

/** Both operands in one representation holding every value of each, plus `extra` bits of headroom. */
export function common(a: BvVal, b: BvVal, extra: number, forceSigned = false): [BvVal, BvVal] {
  const signed = forceSigned || a.signed || b.signed;
  const width = Math.max(need(a, signed), need(b, signed)) + extra;
  return [extend(a, width, signed), extend(b, width, signed)];
}

/** Two's complement wrap-around of `x` into `width` bits (what `as` and a wrapping shift do). */
export function wrap(x: BvVal, width: number, signed: boolean): BvVal {
  const y = x.width < width ? extend(x, width) : x;
  const term = y.width === width ? y.term : `((_ extract ${width - 1} 0) ${y.term})`;
  return { term, width, signed };
}

/** `if amount < 0 then 0 else r`: a negative shift amount (spec code only) gives 0. */
export function unlessNegative(amount: BvVal, r: BvVal): BvVal {
  if (!amount.signed) return r;
  return { ...r, term: `(ite (bvslt ${amount.term} ${bvLit(0n, amount.width)}) ${bvLit(0n, r.width)} ${r.term})` };
}

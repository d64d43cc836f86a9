/**
 * Nonlinear operations and truncating casts as functions of their own, each defined by one
 * triggered axiom, as Verus encodes them (its prelude's `Mul`/`EucDiv`/`EucMod` and
 * `uClip`/`iClip`): with nonlinear arithmetic off, a bare `(* x y)`, `(div x y)` or
 * `(mod x y)` with no constant operand, and every `(mod t 2^N)` of a cast, go to Z3's
 * arithmetic solver, which then spends its whole budget in final checks on terms no proof
 * needs (measured on svsm's address module: 1-3 million resource units per query, against
 * 50-300 thousand this way). Behind a function the operation is one more term; its meaning
 * arrives by e-matching when the term is there.
 *
 * Nothing is lost: each function's axiom equates it with the exact operation (a cast is
 * still a truncation), so what was provable stays provable, with the same triggers.
 */
import { intBits, isSigned, type IntKind } from '../check/types.js';
import type { SmtContext } from '../smt/encode/context.js';

/** Heads of the functions defined here (never a trigger head: they stand for arithmetic). */
export const OPAQUE_ARITH_HEAD = /^(nl\.(mul|div|mod)|clip\.[ui]\d+)$/;

/** The value of a numeral term (`7`, `(- 7)`), else undefined. */
export function numeralValue(t: string): bigint | undefined {
  const m = /^(?:(\d+)|\(- (\d+)\))$/.exec(t);
  if (!m) return undefined;
  return m[1] !== undefined ? BigInt(m[1]) : -BigInt(m[2]!);
}

/** A numeral operand keeps `*`, `div` and `mod` linear. */
export function isNumeral(t: string): boolean {
  return numeralValue(t) !== undefined;
}

/** `x * y`, `x div y`, `x mod y` (Euclidean) with no constant operand: `nl.mul`/`nl.div`/`nl.mod`. */
export function opaqueNonlinear(ctx: SmtContext, op: 'mul' | 'div' | 'mod', a: string, b: string): string {
  const name = `nl.${op}`;
  ctx.once(`fn:${name}`, () => {
    const app = `(${name} x y)`;
    const exact = op === 'mul' ? '(* x y)' : `(${op} x y)`;
    const forall = (body: string) => `(forall ((x Int) (y Int)) (! ${body} :pattern (${app})))`;
    // the bounds Verus states next to the exact form, which it gives only with nonlinear reasoning
    const bound = op === 'mul' ? `(=> (and (<= 0 x) (<= 0 y)) (<= 0 ${app}))`
      : op === 'div' ? `(=> (and (<= 0 x) (< 0 y)) (and (<= 0 ${app}) (<= ${app} x)))`
      : `(=> (and (<= 0 x) (< 0 y)) (and (<= 0 ${app}) (< ${app} y)))`;
    ctx.axiomDefinedFun(`(declare-fun ${name} (Int Int) Int)`, `(define-fun ${name} ((x Int) (y Int)) Int ${exact})`,
      [forall(`(= ${app} ${exact})`), forall(bound)]);
  });
  return `(${name} ${a} ${b})`;
}

/** The value of `v` wrapped into a bounded kind's range (two's complement for signed kinds). */
export function wrapValue(v: bigint, kind: IntKind): bigint {
  const m = 1n << BigInt(intBits(kind));
  if (!isSigned(kind)) return ((v % m) + m) % m;
  const h = m >> 1n;
  return ((((v + h) % m) + m) % m) - h;
}

/** Truncation of `term` to a bounded kind (`clip.u64`, `clip.i32`, ...), the exact wrap-around value. */
export function clipTo(ctx: SmtContext, term: string, kind: IntKind): string {
  const bits = intBits(kind);
  const signed = isSigned(kind);
  const name = `clip.${signed ? 'i' : 'u'}${bits}`;
  ctx.once(`fn:${name}`, () => {
    const m = 1n << BigInt(bits);
    const h = m >> 1n;
    const [lo, hi] = signed ? [`(- ${h})`, `${h}`] : ['0', `${m}`];
    const app = `(${name} x)`;
    const exact = signed ? `(- (mod (+ x ${h}) ${m}) ${h})` : `(mod x ${m})`;
    const inRange = (t: string) => `(and (<= ${lo} ${t}) (< ${t} ${hi}))`;
    ctx.axiomDefinedFun(`(declare-fun ${name} (Int) Int)`, `(define-fun ${name} ((x Int)) Int ${exact})`,
      [`(forall ((x Int)) (! (and ${inRange(app)} (=> ${inRange('x')} (= ${app} x)) (= ${app} ${exact})) :pattern (${app})))`]);
  });
  return `(${name} ${term})`;
}

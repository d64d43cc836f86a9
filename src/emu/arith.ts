/**
 * Integer arithmetic with Rust's run-time checks (exec code) or as unbounded
 * mathematical integers (spec code), and `as` casts.
 */
import { intBits, intRange, isSigned, type IntKind } from '../check/types.js';
import type { Span } from '../syntax/span.js';
import { NotEvaluable, RuntimeError } from './errors.js';
import { int, type IntValue } from './value.js';

export type IntOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';

export function isUnbounded(kind: IntKind): boolean {
  return kind === 'int' || kind === 'nat';
}

/** Two's complement wrap-around into `kind` (what `as` does). */
export function wrap(v: bigint, kind: IntKind): bigint {
  if (isUnbounded(kind)) return v;
  const bits = intBits(kind);
  return isSigned(kind) ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}

export function inRange(v: bigint, kind: IntKind): boolean {
  const r = intRange(kind);
  if (!r) return kind !== 'nat' || v >= 0n;
  return v >= r.min && v <= r.max;
}

/**
 * `a op b` with result kind `kind`. In exec code, overflow, division by zero and
 * out-of-range shifts panic as Rust's debug builds do; in spec code `+ - *` are
 * unbounded and `/ %` Euclidean.
 */
export function intBinary(op: IntOp, a: bigint, b: bigint, kind: IntKind, spec: boolean, span: Span): IntValue {
  switch (op) {
    case '+': return checked(a + b, kind, spec, span);
    case '-': return checked(a - b, kind, spec, span);
    case '*': return checked(a * b, kind, spec, span);
    case '/':
      if (b === 0n) {
        if (spec) throw new NotEvaluable('division by zero in a specification');
        throw new RuntimeError('attempt to divide by zero', span);
      }
      return spec && isUnbounded(kind) ? int(euclidDiv(a, b), kind) : checked(a / b, kind, spec, span);
    case '%':
      if (b === 0n) {
        if (spec) throw new NotEvaluable('remainder by zero in a specification');
        throw new RuntimeError('attempt to calculate the remainder with a divisor of zero', span);
      }
      if (spec && isUnbounded(kind)) return int(a - b * euclidDiv(a, b), kind);
      // `MIN % -1` panics in Rust although the remainder, 0, fits: its quotient does not.
      if (!spec && !inRange(a / b, kind)) throw new RuntimeError('attempt to calculate the remainder with overflow', span);
      return checked(a % b, kind, spec, span);
    case '&': return int(a & b, kind);
    case '|': return int(a | b, kind);
    case '^': return int(a ^ b, kind);
    case '<<':
    case '>>': {
      if (!isUnbounded(kind) && (b < 0n || b >= BigInt(intBits(kind)))) {
        if (spec) throw new NotEvaluable('shift amount out of range in a specification');
        throw new RuntimeError(`attempt to shift ${op === '<<' ? 'left' : 'right'} with overflow`, span);
      }
      if (b < 0n) throw new NotEvaluable('negative shift amount');
      return int(op === '<<' ? wrap(a << b, kind) : a >> b, kind);
    }
  }
}

function checked(v: bigint, kind: IntKind, spec: boolean, span: Span): IntValue {
  if (!spec && !inRange(v, kind)) throw new RuntimeError('arithmetic overflow', span);
  return int(v, kind);
}

/** Euclidean division: the remainder is never negative. */
export function euclidDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a - q * b;
  if (r < 0n) return b > 0n ? q - 1n : q + 1n;
  return q;
}

export function negate(a: bigint, kind: IntKind, spec: boolean, span: Span): IntValue {
  return checked(-a, kind, spec, span);
}

/** Bitwise not: `!x` flips all bits of the machine word. */
export function bitNot(a: bigint, kind: IntKind): IntValue {
  if (isUnbounded(kind)) return int(-a - 1n, kind);
  return int(wrap(~a, kind), kind);
}

/** Methods of machine integers (`checked_add`, `wrapping_sub`, `min`, ...). Undefined when unknown. */
export function intMethod(name: string, a: IntValue, args: IntValue[]): { value?: bigint; option?: bigint | null; bool?: boolean } | undefined {
  const k = a.kind;
  const b = args[0]?.v ?? 0n;
  const opt = (v: bigint) => ({ option: inRange(v, k) ? v : null });
  switch (name) {
    case 'checked_add': return opt(a.v + b);
    case 'checked_sub': return opt(a.v - b);
    case 'checked_mul': return opt(a.v * b);
    case 'checked_div': return b === 0n ? { option: null } : opt(a.v / b);
    case 'checked_rem': return b === 0n || !inRange(a.v / b, k) ? { option: null } : { option: a.v % b };
    case 'wrapping_add': return { value: wrap(a.v + b, k) };
    case 'wrapping_sub': return { value: wrap(a.v - b, k) };
    case 'wrapping_mul': return { value: wrap(a.v * b, k) };
    case 'saturating_add': case 'saturating_sub': case 'saturating_mul': {
      const v = name === 'saturating_add' ? a.v + b : name === 'saturating_sub' ? a.v - b : a.v * b;
      const r = intRange(k);
      if (!r) return { value: v };
      return { value: v < r.min ? r.min : v > r.max ? r.max : v };
    }
    case 'min': return { value: a.v < b ? a.v : b };
    case 'max': return { value: a.v > b ? a.v : b };
    case 'abs': return { value: a.v < 0n ? -a.v : a.v };
    case 'count_ones': return { value: BigInt([...wrap(a.v, unsignedOf(k)).toString(2)].filter((c) => c === '1').length) };
    case 'is_power_of_two': return { bool: a.v > 0n && (a.v & (a.v - 1n)) === 0n };
    case 'trailing_zeros': case 'leading_zeros': {
      if (isUnbounded(k)) return undefined;
      const bits = intBits(k);
      const u = wrap(a.v, unsignedOf(k));
      if (u === 0n) return { value: BigInt(bits) };
      const s = u.toString(2);
      return { value: BigInt(name === 'leading_zeros' ? bits - s.length : s.length - 1 - s.lastIndexOf('1')) };
    }
    default: return undefined;
  }
}

function unsignedOf(k: IntKind): IntKind {
  return isSigned(k) && !isUnbounded(k) ? (('u' + k.slice(1)) as IntKind) : k;
}

const INT_KINDS = new Set<string>(['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'int', 'nat']);
export function asIntKind(name: string | undefined): IntKind | undefined {
  return name !== undefined && INT_KINDS.has(name) ? (name as IntKind) : undefined;
}

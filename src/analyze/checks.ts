/**
 * Run-time error checks in a state: whether the IR's `check` can fail (overflow, division
 * by zero, shift range, index out of bounds), with the interval that breaks it, and the
 * state after it (execution only goes on where it held).
 */
import { intRange } from '../check/types.js';
import type { CheckCond, IrExpr, IrSpan } from '../ir/types.js';
import { evalInt, evalLen, evalMath, keyOf, refine } from './eval.js';
import { contains, format, iv, join, within, type Interval } from './interval.js';
import type { State } from './state.js';

/** The run-time error checks, and `truncation`: an `as` cast that may change the value (casts.ts). */
export type RuntimeKind = 'overflow' | 'division' | 'shift' | 'index' | 'truncation';

/** What one check saw over all the states that reached it. */
export interface CheckRecord {
  kind: RuntimeKind;
  span: IrSpan;
  fn: string;
  text: string;
  /** Text of the sub-expression the message is about (divisor, shift amount, index). */
  subject: string;
  value: Interval;
  /** For truncation: the type cast to, as written. */
  target?: string;
  /** For index checks: the sequence's length. */
  len?: Interval;
  /** For overflow and truncation: the machine range; for shifts: the width. */
  limit: Interval;
  failing: boolean;
}

const BOOL = { k: 'bool' } as const;
const USIZE = { k: 'int', kind: 'usize' } as const;

function cmp(op: 'ne' | 'lt' | 'le', left: IrExpr, right: IrExpr): IrExpr {
  return { k: 'cmp', op, left, right, ty: BOOL, span: left.span };
}

function lit(v: bigint, like: IrExpr): IrExpr {
  return { k: 'int', value: v, ty: like.ty, span: like.span };
}

/** The kind a check belongs to, when it is a run-time error check; undefined otherwise. */
export function runtimeKind(c: CheckCond, diagnosticKind: string): RuntimeKind | undefined {
  switch (c.k) {
    case 'in_range': return diagnosticKind === 'overflow' ? 'overflow' : undefined;
    case 'nonzero': return 'division';
    case 'shift_amount': return 'shift';
    case 'in_bounds': return 'index';
    default: return undefined;
  }
}

/** Evaluates a check: the observation, and the states where it held. */
export function evalCheck(s: State, c: CheckCond): { value: Interval; len?: Interval; limit: Interval; failing: boolean; after: State[] } {
  switch (c.k) {
    case 'in_range': {
      const r = intRange(c.kind);
      const limit = r ? iv(r.min, r.max) : c.kind === 'nat' ? iv(0n, undefined) : {};
      const value = evalMath(s, c.value);
      return { value, limit, failing: !within(value, limit), after: [s] };
    }
    case 'nonzero': {
      const value = evalInt(s, c.value);
      return { value, limit: {}, failing: contains(value, 0n), after: refine(s, cmp('ne', c.value, lit(0n, c.value)), true) };
    }
    case 'shift_amount': {
      const value = evalInt(s, c.amount);
      const limit = iv(0n, BigInt(c.bits) - 1n);
      return { value, limit, failing: !within(value, limit), after: refine(s, cmp('le', c.amount, lit(limit.hi!, c.amount)), true) };
    }
    case 'in_bounds': {
      const value = evalInt(s, c.index);
      const len = evalLen(s, c.seq);
      const ki = keyOf(c.index);
      const ks = keyOf(c.seq);
      const related = ki !== undefined && ks !== undefined && s.knows(ki, '<', `${ks}#len`);
      const failing = value.lo === undefined || value.lo < 0n || (!related && (value.hi === undefined || len.lo === undefined || value.hi >= len.lo));
      const lenE: IrExpr = { k: 'builtin', name: 'len', args: [c.seq], ty: USIZE, span: c.index.span };
      return { value, len, limit: {}, failing, after: refine(s, cmp('lt', c.index, lenE), true) };
    }
    default: return { value: {}, limit: {}, failing: false, after: [s] };
  }
}

export function merge(a: CheckRecord, b: { value: Interval; len?: Interval; failing: boolean }): void {
  a.value = join(a.value, b.value);
  if (b.len) a.len = a.len ? join(a.len, b.len) : b.len;
  a.failing = a.failing || b.failing;
}

export function message(r: CheckRecord): string {
  switch (r.kind) {
    case 'overflow': {
      const under = r.limit.lo !== undefined && (r.value.lo === undefined || r.value.lo < r.limit.lo);
      const over = r.limit.hi !== undefined && (r.value.hi === undefined || r.value.hi > r.limit.hi);
      const what = under && !over ? 'underflow' : 'overflow';
      return `\`${r.text}\` may ${what}: ${r.subject} in ${format(r.value)}`;
    }
    case 'division': return `\`${r.text}\` may divide by zero: ${r.subject} in ${format(r.value)}`;
    case 'shift': return `\`${r.text}\` may shift out of range: ${r.subject} in ${format(r.value)}, allowed ${format(r.limit)}`;
    case 'index': return `\`${r.text}\` may be out of bounds: ${r.subject} in ${format(r.value)}, length in ${format(r.len ?? {})}`;
    case 'truncation': return `\`${r.text}\` may lose value: ${r.subject} in ${format(r.value)}, ${r.target ?? 'the type'} holds ${format(r.limit)}`;
  }
}


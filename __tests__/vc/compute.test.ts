/** The `by (compute)` evaluator (src/vc/compute.ts) on hand-built IR: values, open claims, the budget. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { computeClaim, wrap } from '../../src/vc/compute.js';
import type { IrExpr, IrSpan, Type } from '../../src/ir/types.js';

const span: IrSpan = { file: 't.rs', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };
const INT: Type = { k: 'int', kind: 'int' };
const U8: Type = { k: 'int', kind: 'u8' };
const BOOL: Type = { k: 'bool' };
const int = (value: bigint, ty: Type = INT): IrExpr => ({ k: 'int', value, ty, span });
const eq = (left: IrExpr, right: IrExpr): IrExpr => ({ k: 'cmp', op: 'eq', left, right, ty: BOOL, span });
const x: IrExpr = { k: 'var', id: 1, name: 'x', at: 'now', ty: INT, span };
const none = { definition: () => undefined };

it('wraps to a machine kind as two\'s complement', () => {
  assert.equal(wrap(300n, 'u8'), 44n);
  assert.equal(wrap(-1n, 'u8'), 255n);
  assert.equal(wrap(200n, 'i8'), -56n);
  assert.equal(wrap(-129n, 'i8'), 127n);
});

it('computes a true claim, refutes a false one, and leaves an unknown local open', () => {
  const shl = (k: Type): IrExpr => ({ k: 'arith', op: 'shl', left: int(1n, k), right: int(8n), ty: k, span });
  assert.deepEqual(computeClaim(eq(shl(U8), int(0n)), none), { k: 'true' });
  assert.deepEqual(computeClaim(eq(shl(INT), int(0n)), none), { k: 'false' });
  const r = computeClaim(eq(x, int(0n)), none);
  assert.equal(r.k, 'open');
  // a known operand decides `||` whatever the other is
  assert.deepEqual(computeClaim({ k: 'logic', op: 'or', left: eq(x, int(0n)), right: eq(int(1n), int(1n)), ty: BOOL, span }, none), { k: 'true' });
});

it('unfolds a recursive spec fn and stops at the budget', () => {
  // f(n) = if n == 0 { 0 } else { f(n - 1) + 1 }
  const n: IrExpr = { k: 'var', id: 7, name: 'n', at: 'now', ty: INT, span };
  const call = (arg: IrExpr): IrExpr => ({ k: 'spec_call', fn: 'f', typeArgs: [], args: [arg], ty: INT, span });
  const body: IrExpr = { k: 'ite', cond: eq(n, int(0n)), then: int(0n), else: { k: 'arith', op: 'add', left: call({ k: 'arith', op: 'sub', left: n, right: int(1n), ty: INT, span }), right: int(1n), ty: INT, span }, ty: INT, span };
  const defs = { definition: (q: string) => (q === 'f' ? { params: [7], body } : undefined) };
  assert.deepEqual(computeClaim(eq(call(int(50n)), int(50n)), defs), { k: 'true' });
  assert.deepEqual(computeClaim(eq(call(int(50n)), int(51n)), defs), { k: 'false' });
  // a negative argument never reaches 0: the budget runs out (an error, not a verdict)
  const r = computeClaim(eq(call(int(-1n)), int(0n)), { ...defs, rlimit: 0.01 });
  assert.equal(r.k, 'error');
  assert.match((r as { message: string }).message, /assert_by_compute (timed out|exceeded maximum recursion depth)/);
});

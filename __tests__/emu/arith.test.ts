/** Integer semantics of the emulator, independent of the front end. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { euclidDiv, intBinary, intMethod, wrap } from '../../src/emu/arith.js';
import { NotEvaluable, RuntimeError } from '../../src/emu/errors.js';
import { copyValue, int, valueEquals, type Value } from '../../src/emu/value.js';
import type { Span } from '../../src/syntax/span.js';

const span: Span = { file: 'f.rs', start: 0, end: 1, line: 3, column: 9, endLine: 3, endColumn: 10 };

test('wrap truncates like Rust `as`', () => {
  assert.equal(wrap(0x12345n, 'u8'), 0x45n);
  assert.equal(wrap(-1n, 'u64'), 0xffff_ffff_ffff_ffffn);
  assert.equal(wrap(200n, 'i8'), -56n);
  assert.equal(wrap(-129n, 'i8'), 127n);
  assert.equal(wrap(-5n, 'int'), -5n);
});

test('exec arithmetic panics with Rust messages and the location', () => {
  assert.throws(() => intBinary('+', 255n, 1n, 'u8', false, span), (e: unknown) => e instanceof RuntimeError && e.message === 'arithmetic overflow at f.rs:3:9');
  assert.throws(() => intBinary('-', 0n, 1n, 'usize', false, span), /arithmetic overflow/);
  assert.throws(() => intBinary('/', -128n, -1n, 'i8', false, span), /arithmetic overflow/);
  assert.throws(() => intBinary('/', 1n, 0n, 'u32', false, span), /attempt to divide by zero/);
  assert.throws(() => intBinary('%', -(1n << 31n), -1n, 'i32', false, span), /attempt to calculate the remainder with overflow/);
  assert.equal(intBinary('%', -(1n << 31n), 1n, 'i32', false, span).v, 0n);
  assert.equal(intMethod('checked_rem', int(-128n, 'i8'), [int(-1n, 'i8')])?.option, null);
  assert.equal(intMethod('checked_div', int(-128n, 'i8'), [int(-1n, 'i8')])?.option, null);
  // Rust panics on MIN % -1 too (issue 9 class 9), although the remainder 0 fits.
  assert.throws(() => intBinary('%', -128n, -1n, 'i8', false, span), /attempt to calculate the remainder with overflow/);
  assert.throws(() => intBinary('%', -(1n << 63n), -1n, 'i64', false, span), /remainder with overflow/);
  assert.equal(intBinary('%', -127n, -1n, 'i8', false, span).v, 0n);
  assert.throws(() => intBinary('>>', 1n, 64n, 'u64', false, span), /attempt to shift right with overflow/);
  assert.equal(intBinary('/', -7n, 2n, 'i32', false, span).v, -3n);
  assert.equal(intBinary('%', -7n, 2n, 'i32', false, span).v, -1n);
  assert.equal(intBinary('<<', 0xffn, 4n, 'u8', false, span).v, 0xf0n);
  assert.equal(intBinary('>>', -8n, 1n, 'i8', false, span).v, -4n);
});

test('spec arithmetic is unbounded and Euclidean', () => {
  assert.equal(intBinary('+', 255n, 1n, 'int', true, span).v, 256n);
  assert.equal(intBinary('/', -7n, 2n, 'int', true, span).v, -4n);
  assert.equal(intBinary('%', -7n, 2n, 'int', true, span).v, 1n);
  assert.equal(euclidDiv(7n, -2n), -3n);
  assert.throws(() => intBinary('/', 1n, 0n, 'int', true, span), NotEvaluable);
});

test('copies share nothing mutable; equality is structural', () => {
  const inner: Value = { t: 'vec', elems: [{ t: 'int', kind: 'u8', v: 1n }] };
  const s: Value = { t: 'struct', name: 'c::S', fields: { v: inner } };
  const c = copyValue(s);
  assert.ok(valueEquals(s, c));
  if (c.t === 'struct' && c.fields.v!.t === 'vec') c.fields.v!.elems.push({ t: 'int', kind: 'u8', v: 2n });
  assert.equal(inner.t === 'vec' && inner.elems.length, 1);
  assert.ok(!valueEquals(s, c));
});

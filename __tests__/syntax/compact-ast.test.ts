/**
 * The parser's memory-saving choices (shared frozen lists, spans built from token columns)
 * must not change what the AST says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../src/syntax/parser.js';
import type { Expr, FnItem, Stmt } from '../../src/syntax/ast.js';
import type { Span } from '../../src/syntax/span.js';

const SRC = `verus! {
fn f(xs: Vec<u64>, t: (u64, u64)) -> u64 {
    let a = xs.len();
    let b = xs[a - 1].min(t.0);
    let c = x::<u64>::y(a, b);
    a + b
}
}
`;

function body(): { fn: FnItem; stmts: Stmt[]; tail: Expr } {
  const r = parseFile('t.rs', SRC);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  const verus = r.file.items[0]!;
  assert.equal(verus.kind, 'verus');
  const fn = (verus as { items: FnItem[] }).items[0]!;
  return { fn, stmts: fn.body!.stmts, tail: fn.body!.tail! };
}

function init(s: Stmt): Expr {
  assert.equal(s.kind, 'let');
  return (s as { init: Expr }).init;
}

/** The span of the first occurrence of `text` in SRC, as the lexer would give it. */
function spanOfText(text: string, from = 0): Omit<Span, 'file'> {
  const start = SRC.indexOf(text, from);
  const before = SRC.slice(0, start).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { start, end: start + text.length, line, column, endLine: line, endColumn: column + text.length };
}

function plain(s: Span): Omit<Span, 'file'> {
  return { start: s.start, end: s.end, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
}

test('postfix spans cover receiver through the last token', () => {
  const { stmts } = body();
  const len = init(stmts[0]!);
  assert.equal(len.kind, 'method');
  assert.deepEqual(plain(len.span), spanOfText('xs.len()'));
  assert.deepEqual(plain((len as { methodSpan: Span }).methodSpan), spanOfText('len'));

  const min = init(stmts[1]!);
  assert.equal(min.kind, 'method');
  assert.deepEqual(plain(min.span), spanOfText('xs[a - 1].min(t.0)'));
  const index = (min as { receiver: Expr }).receiver;
  assert.equal(index.kind, 'index');
  assert.deepEqual(plain(index.span), spanOfText('xs[a - 1]'));
  const field = (min as { args: Expr[] }).args[0]!;
  assert.equal(field.kind, 'field');
  assert.deepEqual(plain(field.span), spanOfText('t.0'));
  assert.deepEqual(plain((field as { nameSpan: Span }).nameSpan), spanOfText('0', SRC.indexOf('t.0')));
});

test('one-name paths share one frozen segment list; empty generic lists are frozen', () => {
  const { stmts, tail } = body();
  assert.equal(tail.kind, 'binary');
  const a1 = (tail as { left: Expr }).left;
  const b = init(stmts[1]!);
  const a2 = ((b as { receiver: { index: { left: Expr } } }).receiver.index).left;
  assert.ok(a1.kind === 'path' && a2.kind === 'path');
  assert.deepEqual(a1.segments, ['a']);
  assert.equal(a1.segments, a2.segments);
  assert.ok(Object.isFrozen(a1.segments));
  assert.ok(Object.isFrozen(a1.generics));
  assert.throws(() => a1.segments.push('oops'), TypeError);
  assert.throws(() => a1.generics.push({ kind: 'infer', span: a1.span }), TypeError);
});

test('multi-segment paths keep their own exact lists', () => {
  const { stmts } = body();
  const call = init(stmts[2]!);
  assert.equal(call.kind, 'call');
  const callee = (call as { callee: Expr }).callee;
  assert.ok(callee.kind === 'path');
  assert.deepEqual(callee.segments, ['x', 'y']);
  assert.equal(callee.generics.length, 1);
  assert.ok(!Object.isFrozen(callee.segments));
  assert.deepEqual(plain(callee.span), spanOfText('x::<u64>::y'));
  const args = (call as { args: Expr[] }).args;
  assert.deepEqual(args.map((e) => (e.kind === 'path' ? e.segments[0] : e.kind)), ['a', 'b']);
});

test('parameters, types and expressions keep their spans', () => {
  const { fn } = body();
  assert.deepEqual(fn.params.map((p) => p.name), ['xs', 't']);
  const ty = fn.params[0]!.ty;
  assert.ok(ty.kind === 'path');
  assert.deepEqual(ty.segments, ['Vec']);
  assert.equal(ty.args.length, 1);
  assert.deepEqual(plain(ty.span), spanOfText('Vec<u64>'));
  const ret = fn.ret!;
  assert.ok(ret.kind === 'path');
  assert.deepEqual(ret.segments, ['u64']);
  assert.equal(ret.args.length, 0);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../src/syntax/parser.js';
import type { Expr, FnItem, Item, Stmt } from '../../src/syntax/ast.js';

function parse(src: string) {
  return parseFile('t.rs', src);
}
function fnsOf(items: Item[]): FnItem[] {
  const out: FnItem[] = [];
  for (const it of items) {
    if (it.kind === 'fn') out.push(it);
    else if (it.kind === 'verus' || (it.kind === 'mod' && it.items)) out.push(...fnsOf(it.kind === 'verus' ? it.items : it.items!));
    else if (it.kind === 'impl') out.push(...it.items.filter((x): x is FnItem => x.kind === 'fn'));
  }
  return out;
}
function fn(src: string, name?: string): FnItem {
  const r = parse(src);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  const fs = fnsOf(r.file.items);
  return name ? fs.find((f) => f.name === name)! : fs[0]!;
}
/** A compact rendering of an expression for precedence tests. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'binary': return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'chain': return `chain(${e.operands.map(show).map((s, i) => (i ? `${e.ops[i - 1]} ` : '') + s).join(' ')})`;
    case 'unary': return `${e.op}${show(e.operand)}`;
    case 'path': return e.segments.join('::');
    case 'int': return String(e.value);
    case 'bool': return String(e.value);
    case 'call': return `${show(e.callee)}(${e.args.map(show).join(', ')})`;
    case 'method': return `${show(e.receiver)}.${e.method}(${e.args.map(show).join(', ')})`;
    case 'field': return `${show(e.base)}.${e.name}`;
    case 'index': return `${show(e.base)}[${show(e.index)}]`;
    case 'cast': return `(${show(e.operand)} as ${e.target.kind === 'path' ? e.target.segments.join('::') : '?'})`;
    case 'view': return `${show(e.operand)}@`;
    case 'old': return `old(${show(e.operand)})`;
    case 'final': return `final(${show(e.operand)})`;
    case 'is': return `(${show(e.operand)} is ${e.variant.join('::')})`;
    case 'quant': return `${e.quant}|${e.binders.map((b) => b.name).join(',')}| ${show(e.body)}`;
    case 'trigger': return `#[trigger] ${show(e.operand)}`;
    case 'ref': return `&${e.mut ? 'mut ' : ''}${show(e.operand)}`;
    default: return e.kind;
  }
}
function expr(src: string): string {
  const f = fn(`verus! { spec fn f() -> bool { ${src} } }`);
  return show(f.body!.tail!);
}

test('precedence: arithmetic, comparison, logic, implication', () => {
  assert.equal(expr('a + b * c == d'), '((a + (b * c)) == d)');
  assert.equal(expr('a || b && c'), '(a || (b && c))');
  assert.equal(expr('a || b ==> c'), '((a || b) ==> c)');
  assert.equal(expr('a ==> b ==> c'), '(a ==> (b ==> c))');
  assert.equal(expr('a <== b <== c'), '((a <== b) <== c)');
  assert.equal(expr('a ==> b <==> c ==> d'), '((a ==> b) <==> (c ==> d))');
  assert.equal(expr('a & b == c'), '((a & b) == c)');
  assert.equal(expr('a << 2 + 1'), '(a << (2 + 1))');
  assert.equal(expr('-a * !b'), '(-a * !b)');
  assert.equal(expr('x as u64 + 1'), '((x as u64) + 1)');
  assert.equal(expr('x as u64 < y'), '((x as u64) < y)');
  assert.equal(expr('x is Some && y'), '((x is Some) && y)');
  assert.equal(expr('a =~= b && c === d'), '((a =~= b) && (c === d))');
});

test('chained comparisons become ChainExpr', () => {
  assert.equal(expr('0 <= i < n'), 'chain(0 <= i < n)');
  assert.equal(expr('a <= b < c && d'), '(chain(a <= b < c) && d)');
  assert.equal(expr('a == b == c'), 'chain(a == b == c)');
  const r = parse('verus! { spec fn f(a: int) -> bool { a < 1 != 2 } }');
  assert.deepEqual(r.diagnostics.map((d) => d.message), ['comparison operators cannot be chained']);
});

test('prefix &&& / ||| lists', () => {
  assert.equal(expr('&&& a &&& b || c &&& d'), '((a && (b || c)) && d)');
  assert.equal(expr('||| a ||| &&& b &&& c'), '(a || (b && c))');
});

test('postfix: view, index, method calls, tuple fields, old/final', () => {
  assert.equal(expr('v@.len() == old(v)@[0]'), '(v@.len() == old(v)@[0])');
  assert.equal(expr('t.0.1 + final(s).x'), '(t.0.1 + final(s).x)');
  assert.equal(expr('*old(x) == 3'), '(*old(x) == 3)');
});

test('quantifiers with triggers', () => {
  const f = fn('verus! { spec fn f(s: Seq<int>) -> bool { forall|i: int, j: int| #![trigger s[i], s[j]] #![auto] 0 <= i < j ==> #[trigger] g(i) } }');
  const q = f.body!.tail!;
  assert.equal(q.kind, 'quant');
  if (q.kind !== 'quant') return;
  assert.deepEqual(q.binders.map((b) => b.name), ['i', 'j']);
  assert.equal(q.triggers.length, 1);
  assert.equal(q.triggers[0]!.length, 2);
  assert.equal(q.auto, true);
  assert.equal(show(q.body), '(chain(0 <= i < j) ==> #[trigger] g(i))');
});

test('fn signature: modes, named return, clauses, spans', () => {
  const src = 'verus! {\npub open spec fn a(x: int) -> int { x }\nproof fn b(tracked t: T, Tracked(p): Tracked<&mut P>) -> (tracked r: T)\n    requires x,\n    ensures r == t,\n    decreases n,\n{ t }\nuninterp spec fn u(x: int) -> bool;\nfn c(x: u64) -> (r: u64)\n    requires x < 10\n    ensures r == x\n    returns x\n{ x }\n}';
  const r = parse(src);
  assert.deepEqual(r.diagnostics, []);
  const [a, b, u, c] = fnsOf(r.file.items) as [FnItem, FnItem, FnItem, FnItem];
  assert.deepEqual([a.mode, a.openness, a.vis, a.verified], ['spec', 'open', 'pub', true]);
  assert.deepEqual([b.mode, b.retName, b.retTracked, b.requires.length, b.ensures.length, b.decreases.length], ['proof', 'r', true, 1, 1, 1]);
  assert.deepEqual(b.params.map((p) => [p.name, p.tracked, p.unwrapped]), [['t', true, false], ['p', true, true]]);
  assert.deepEqual([u.uninterp, u.body], [true, undefined]);
  assert.deepEqual([c.retName, c.requires.length, c.ensures.length, c.returns.length], ['r', 1, 1, 1]);
  assert.deepEqual([c.nameSpan.line, c.nameSpan.column, c.nameSpan.endColumn], [9, 4, 5]);
  const clause = b.ensures[0]!;
  assert.deepEqual([clause.span.line, clause.span.column, clause.span.endColumn], [5, 13, 19]);
  assert.equal(src.slice(clause.span.start, clause.span.end), 'r == t');
});

test('self params and impl blocks', () => {
  const r = parse('verus! { struct S { v: u64 } impl S { fn a(&self) {} fn b(&mut self) {} fn c(self) {} fn d(mut self) {} } }');
  assert.deepEqual(r.diagnostics, []);
  const fs = fnsOf(r.file.items);
  assert.deepEqual(fs.map((f) => f.params[0]!.ty.kind === 'ref' ? `&${f.params[0]!.ty.mut ? 'mut ' : ''}Self` : 'Self'), ['&Self', '&mut Self', 'Self', 'Self']);
  assert.ok(fs.every((f) => f.implSelf?.kind === 'path'));
});

test('statements: loops with specs, for ranges, asserts, proof blocks', () => {
  const f = fn(`verus! { fn f(n: u64) {
    while i < n invariant i <= n, invariant_except_break i < n, ensures i == n, decreases n - i { i += 1; }
    loop decreases n { break; }
    for k in 0..n invariant k <= n { }
    for k in a..=b { }
    assert(x) by (bit_vector) requires y, ;
    assert(x) by (nonlinear_arith) requires y { }
    assert(x) by { }
    assert(x) by (compute);
    assume(z);
    assert forall|q: int| q > 0 implies q >= 1 by { }
    proof { lemma(); }
    let ghost g = 1;
    let tracked t = 2;
  } }`);
  const kinds = f.body!.stmts.map((s: Stmt) => s.kind);
  assert.deepEqual(kinds, ['while', 'loop', 'for', 'for', 'assert', 'assert', 'assert', 'assert', 'assume', 'assert_forall', 'proof', 'let', 'let']);
  const w = f.body!.stmts[0]!;
  if (w.kind !== 'while') throw new Error();
  assert.deepEqual([w.invariants.length, w.invariantsExceptBreak.length, w.ensures.length, w.decreases.length], [1, 1, 1, 1]);
  const fr = f.body!.stmts[3]!;
  assert.ok(fr.kind === 'for' && fr.inclusive);
  const a = f.body!.stmts[4]!;
  assert.ok(a.kind === 'assert' && a.by?.kind === 'bit_vector' && a.by.requires.length === 1);
  const nl = f.body!.stmts[5]!;
  assert.ok(nl.kind === 'assert' && nl.by?.kind === 'nonlinear_arith' && nl.by.block !== undefined);
  const af = f.body!.stmts[9]!;
  assert.ok(af.kind === 'assert_forall' && af.assumption && af.proof);
  const lets = f.body!.stmts.slice(11).map((s) => (s.kind === 'let' ? s.mode : ''));
  assert.deepEqual(lets, ['ghost', 'tracked']);
});

test('struct literals are not read in if/while heads', () => {
  const f = fn('verus! { fn f(x: S) -> S { if x.a < n { S { a: 1 } } else { S { a: 2, ..x } } } }');
  const tail = f.body!.tail!;
  assert.equal(tail.kind, 'if');
  if (tail.kind === 'if') assert.equal(tail.then.tail!.kind, 'struct');
});

test('attribute style: verus_spec with and without binder, external_body, proof!, loop specs', () => {
  const src = `
#[verus_verify]
#[verus_spec(ret => requires a < 10, ensures ret == a)]
fn f(a: u64) -> u64 { a }
#[verus_verify]
#[verus_spec(requires a > 0)]
fn g(a: u64) { #[verus_spec(invariant i <= a, decreases a - i)] while i < a { i += 1; } proof!{ assert(true); } }
#[verus_verify(external_body)]
fn h() -> u64 { unimplemented!() }
#[verus_verify]
#[requires(x > 0)]
#[ensures(|r: u64| [r > 0, r == x])]
fn k(x: u64) -> u64 { x }
fn plain() { let c = |x: u8| x; }
`;
  const r = parse(src);
  assert.deepEqual(r.diagnostics, []);
  const [f, g, h, k] = r.file.items as FnItem[];
  assert.deepEqual([f!.verified, f!.retName, f!.requires.length, f!.ensures.length], [true, 'ret', 1, 1]);
  const req = f!.requires[0]!;
  assert.equal(src.slice(req.span.start, req.span.end), 'a < 10');
  assert.equal(req.span.line, 3);
  assert.deepEqual([g!.retName, g!.requires.length], [undefined, 1]);
  const loop = g!.body!.stmts[0]!;
  assert.ok(loop.kind === 'while' && loop.invariants.length === 1 && loop.decreases.length === 1);
  assert.equal(g!.body!.stmts[1]!.kind, 'proof');
  assert.deepEqual([h!.flags.externalBody, h!.body!.tail!.kind], [true, 'macro']);
  assert.deepEqual([k!.retName, k!.requires.length, k!.ensures.length], ['r', 1, 2]);
  const plain = r.file.items[4]!;
  assert.deepEqual([plain.kind, plain.verified], ['opaque', false]);
});

test('ordinary Rust is never rejected', () => {
  const r = parse(`
trait T<'a>: Clone where Self: Sized { type X; fn m(&self) -> impl Iterator<Item = u8>; }
impl<T: Clone + ?Sized> std::fmt::Debug for Box<T> { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { Ok(()) } }
macro_rules! m { ($x:expr) => { $x }; }
fn g<F: Fn(u8) -> u8>(f: F) -> u8 { let v: Vec<Vec<u8>> = vec![]; f(1) }
async fn a() {}
extern "C" { fn c(); }
const X: &str = "x";
static Y: [u8; 2] = [1, 2];
pub(crate) union U { a: u8 }
`);
  assert.deepEqual(r.diagnostics, []);
  assert.ok(r.file.items.every((i) => !i.verified));
});

test('unsupported constructs in verified code are reported with spans', () => {
  // (a range value is typed by the checker and refused only when verifying: no parser diagnostic)
  const r = parse('verus! {\nfn f(x: u64) {\n    let c = |y: u64| -> (r: u64) ensures r == y { y };\n    let r = 0..3;\n    let q = x.await;\n}\nimpl Tr for S { default fn m(&self) {} }\n}');
  assert.deepEqual(r.diagnostics.map((d) => [d.kind, d.message, d.span.line]), [
    ['unsupported', 'not supported: closures with `requires`/`ensures` (exec closures)', 3],
    ['unsupported', 'not supported: `.await`', 5],
    ['unsupported', 'not supported: specialization (`default` members)', 7],
  ]);
});

test('recovery: several errors per file, items after errors still parsed', () => {
  const r = parse('verus! {\nfn a() { let x = ; let y = 1 + ; }\nfn b(x: u32 u32) {}\nfn c() -> u64 { 1 }\n}');
  assert.deepEqual(r.diagnostics.map((d) => d.span.line), [2, 2, 3]);
  assert.ok(fnsOf(r.file.items).some((f) => f.name === 'c'));
});

test('delimiter errors use rustc wording', () => {
  assert.match(parse('verus! { fn f() { ( } }').diagnostics[0]!.message, /^mismatched closing delimiter: `}`/);
  assert.match(parse('fn f() {} }').diagnostics[0]!.message, /^unexpected closing delimiter: `}`/);
  assert.match(parse('verus! { fn f() {').diagnostics[0]!.message, /^this file contains an unclosed delimiter/);
});

test('include! and mod declarations', () => {
  const r = parse('include!("a.verus.rs");\nmod m;\nmod n { fn x() {} }');
  assert.deepEqual(r.file.items.map((i) => i.kind), ['include', 'mod', 'mod']);
  const inc = r.file.items[0]!;
  assert.ok(inc.kind === 'include' && inc.target === 'a.verus.rs');
});

test('an if, match or block at the start of a statement ends it, unless . or ? follows (as rustc)', () => {
  const f = fn('verus! { fn m(b: u32, x: Option<u8>) -> u64 {\n  if b >= 64 { return 5; }\n  (1u64 << b) - 1\n} }');
  assert.equal(f.body!.stmts.length, 1);
  assert.equal(f.body!.stmts[0]!.kind, 'expr');
  assert.equal(show(f.body!.tail!), '((1 << b) - 1)');
  const g = fn('verus! { fn m(x: Option<u8>) -> u8 {\n  match x { Some(v) => v, None => 0 }\n  [1u8][0]\n} }');
  assert.equal(g.body!.stmts.length, 1);
  assert.equal(g.body!.tail!.kind, 'index');
  const h = fn('verus! { fn m(c: bool) -> u8 {\n  if c { 1u8 } else { 2u8 }.min(3)\n} }');
  assert.equal(h.body!.stmts.length, 0);
  assert.match(show(h.body!.tail!), /\.min\(3\)$/);
});

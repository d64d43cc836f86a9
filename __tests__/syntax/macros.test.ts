import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../src/syntax/parser.js';
import type { Expr, FnItem, Item } from '../../src/syntax/ast.js';

function parse(src: string) {
  return parseFile('t.rs', src);
}
function fnsOf(items: Item[]): FnItem[] {
  const out: FnItem[] = [];
  for (const it of items) {
    if (it.kind === 'fn') out.push(it);
    else if (it.kind === 'verus') out.push(...fnsOf(it.items));
    else if (it.kind === 'mod' && it.items) out.push(...fnsOf(it.items));
  }
  return out;
}
function show(e: Expr | undefined): string {
  if (!e) return '-';
  switch (e.kind) {
    case 'binary': return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'path': return e.segments.join('::');
    case 'int': return `${e.value}${e.suffix ?? ''}`;
    case 'bool': return String(e.value);
    case 'call': return `${show(e.callee)}(${e.args.map(show).join(', ')})`;
    case 'if': return `if ${show(e.cond)} {${show(e.then.tail)}} else {${e.else ? ('stmts' in e.else ? show(e.else.tail) : show(e.else)) : ''}}`;
    case 'block': return `{${show(e.block.tail)}}`;
    case 'macro': return `${e.name}!`;
    default: return `<${e.kind}>`;
  }
}
function tailOf(src: string, name: string): string {
  const r = parse(src);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  const f = fnsOf(r.file.items).find((x) => x.name === name);
  assert.ok(f, `no fn ${name}`);
  return show(f.body?.tail);
}

test('an item macro with ident and ty fragments makes fns inside verus!', () => {
  const src = `macro_rules! mk {
    ($t:ty, $name:ident) => { verus! { pub proof fn $name(a: $t) ensures a == a {} } };
}
mk! {u64, lemma_a}
mk!(u32, lemma_b);
`;
  const r = parse(src);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  const fs = fnsOf(r.file.items);
  assert.deepEqual(fs.map((f) => [f.name, f.params[0]?.ty.kind === 'path' ? f.params[0].ty.segments.join('::') : '?', f.verified]), [['lemma_a', 'u64', true], ['lemma_b', 'u32', true]]);
});

test('expression macros: an expr fragment keeps its grouping; arms are tried in order, literal arms first', () => {
  const src = `macro_rules! MASK { ($n: expr) => { ((1u64 << ($n)) - 1) }; }
macro_rules! DOUBLE { ($n: expr) => { $n * 2 }; }
macro_rules! PICK { (0) => { 10u64 }; (1) => { 11u64 }; ($_:expr) => { 0u64 }; }
verus! {
spec fn a(x: u64) -> u64 { MASK!(x + 1) }
spec fn b(x: u64) -> u64 { DOUBLE!(x + 1) }
spec fn c() -> u64 { PICK!(1) }
spec fn d() -> u64 { PICK!(7) }
}`;
  assert.equal(tailOf(src, 'a'), '((1u64 << (x + 1)) - 1)');
  assert.equal(tailOf(src, 'b'), '((x + 1) * 2)');
  assert.equal(tailOf(src, 'c'), '11u64');
  assert.equal(tailOf(src, 'd'), '0u64');
});

test('repetitions with separators, nesting and a trailing optional comma', () => {
  const src = `macro_rules! sum { ($($x:expr),* $(,)?) => { 0 $(+ $x)* }; }
macro_rules! pairs { ($($a:ident => [$($b:expr),*]);*) => { 0 $($(+ $a * $b)*)* }; }
verus! {
spec fn s(p: int, q: int) -> int { sum!(p, q, 3,) }
spec fn e() -> int { sum!() }
spec fn t(p: int, q: int) -> int { pairs!(p => [1, 2]; q => [3]) }
}`;
  assert.equal(tailOf(src, 's'), '(((0 + p) + q) + 3)');
  assert.equal(tailOf(src, 'e'), '0');
  assert.equal(tailOf(src, 't'), '(((0 + (p * 1)) + (p * 2)) + (q * 3))');
});

test('seq_macro::seq! repeats #( )* sections or the whole body, N an unsuffixed literal', () => {
  const src = `verus! {
spec fn small(v: u64) -> bool { seq_macro::seq! { N in 0..3 { #( v == N || )* false } } }
spec fn pick(n: u64) -> u64 { seq_macro::seq! { N in 1..=2 { #(if n == N { N } else)* { 0 } } } }
}
seq_macro::seq!(K in 0..2 { verus! { spec fn f~K() -> int { K } } });`;
  assert.equal(tailOf(src, 'small'), '((((v == 0) || (v == 1)) || (v == 2)) || false)');
  assert.equal(tailOf(src, 'pick'), 'if (n == 1) {1} else {if (n == 2) {2} else {0}}');
  assert.equal(tailOf(src, 'f0'), '0');
  assert.equal(tailOf(src, 'f1'), '1');
});

test('textual scope: a macro is unknown before its definition and outside the module or block that defines it', () => {
  const src = `verus! {
spec fn early() -> int { later!() }
}
macro_rules! later { () => { 1 }; }
mod m {
    macro_rules! inner { () => { 2 }; }
}
verus! {
spec fn after() -> int { later!() }
spec fn outside() -> int { inner!() }
}`;
  const r = parse(src);
  const fs = fnsOf(r.file.items);
  assert.equal(show(fs.find((f) => f.name === 'early')?.body?.tail), 'later!');
  assert.equal(show(fs.find((f) => f.name === 'after')?.body?.tail), '1');
  assert.equal(show(fs.find((f) => f.name === 'outside')?.body?.tail), 'inner!');
});

test('statement macros expand to several statements; the spans are those of the macro body and the arguments', () => {
  const src = `macro_rules! two { ($x:ident) => { let $x = 1; assert($x == 1); }; }
verus! {
proof fn p() {
    two!(y);
    assert(y == 1);
}
}`;
  const r = parse(src);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  const f = fnsOf(r.file.items)[0]!;
  assert.deepEqual(f.body!.stmts.map((s) => s.kind), ['let', 'assert', 'assert']);
  const assertStmt = f.body!.stmts[1]!;
  assert.equal(assertStmt.span.line, 1); // written in the macro's body
});

test('no arm matching is rustc\'s error at the token; too deep a recursion is one not-supported line', () => {
  const src = `macro_rules! one { (a) => { 1 }; }
macro_rules! forever { () => { forever!() }; }
verus! {
spec fn f() -> int { one!(b) }
spec fn g() -> int { one!() }
spec fn h() -> int { forever!() }
}`;
  const r = parse(src);
  const msgs = r.diagnostics.map((d) => `${d.span.line}: ${d.message}`);
  assert.ok(msgs.includes('4: no rules expected the token `b`'), msgs.join('\n'));
  assert.ok(msgs.includes('5: unexpected end of macro invocation'), msgs.join('\n'));
  assert.ok(msgs.some((m) => /^2: not supported: macro expansion nested more than 64 levels deep/.test(m)), msgs.join('\n'));
  assert.equal(r.diagnostics.filter((d) => d.message.includes('nested more than')).length, 1);
});

test('#[macro_export] macros are usable as crate::name! and in a module\'s file parsed later', () => {
  const src = `#[macro_export]
macro_rules! K { () => { 7 }; }
mod m {
    verus! { spec fn f() -> int { crate::K!() } }
}`;
  const r = parse(src);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  assert.equal(show(fnsOf(r.file.items)[0]!.body?.tail), '7');
});

test('vstd seq! stays a sequence literal unless seq_macro::seq is imported', () => {
  const a = parse('verus! { spec fn f() -> Seq<int> { seq![1, 2] } }');
  assert.equal(fnsOf(a.file.items)[0]!.body?.tail?.kind, 'seq');
  const b = parse('use seq_macro::seq;\nverus! { spec fn f() -> int { seq!(N in 0..2 { 0 #(+ N)* }) } }');
  assert.deepEqual(b.diagnostics.map((d) => d.message), []);
  assert.equal(show(fnsOf(b.file.items)[0]!.body?.tail), '((0 + 0) + 1)');
});

test('hygiene: names a body binds are renamed apart from the caller\'s (a `let $x` keeps the caller\'s name); a `match` in the body still refuses a capture', () => {
  const src = `macro_rules! zero_then { ($e:expr) => { { let x = 0u64; $e } }; }
macro_rules! all { ($e:expr) => { forall|i: int| 0 <= i < 3 ==> $e }; }
macro_rules! bind { ($v:ident) => { let $v = 1u64; let w = 2u64; }; }
macro_rules! pick { ($e:expr) => { match 0u64 { x => $e } }; }
verus! {
spec fn captured(x: u64) -> u64 { zero_then!(x) }
spec fn q(i: int) -> bool { all!(i > 0) }
fn b() { bind!(v); }
spec fn m(x: u64) -> u64 { pick!(x) }
}`;
  const r = parse(src);
  assert.deepEqual(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`), [
    "9: not supported: a macro whose body binds `x`, a name its arguments also use (Rust's macro hygiene keeps them apart)",
  ]);
  const fs = fnsOf(r.file.items);
  const captured = fs.find((f) => f.name === 'captured')!.body!.tail!;
  assert.equal(captured.kind, 'block');
  const inner = captured.kind === 'block' ? captured.block : undefined;
  const letX = inner?.stmts[0];
  assert.ok(letX?.kind === 'let' && letX.pattern.kind === 'ident' && /^x%\d+$/.test(letX.pattern.name), 'the body\'s x is renamed');
  assert.equal(show(inner?.tail), 'x', 'the argument\'s x is the caller\'s');
  const lets = fs.find((f) => f.name === 'b')!.body!.stmts.map((s) => (s.kind === 'let' && s.pattern.kind === 'ident' ? s.pattern.name : '?'));
  assert.equal(lets[0], 'v');
  assert.match(lets[1]!, /^w%\d+$/);
});

test('std\'s matches! is provided (a crate\'s own `matches` shadows it)', () => {
  const a = parse('verus! { spec fn f(x: Option<u64>) -> bool { matches!(x, Some(v) if v > 1) } }');
  assert.deepEqual(a.diagnostics.map((d) => d.message), []);
  assert.equal(fnsOf(a.file.items)[0]!.body?.tail?.kind, 'match');
  const b = parse('macro_rules! matches { ($a:expr, $b:expr) => { $a == $b }; }\nverus! { spec fn f(x: u64) -> bool { matches!(x, 1) } }');
  assert.equal(show(fnsOf(b.file.items)[0]!.body?.tail), '(x == 1)');
});

test('a body naming a lower-case value it does not bind is refused in a function body (Rust resolves it at the definition)', () => {
  const src = `macro_rules! get { () => { limit + 1 }; }
macro_rules! ok { ($e:expr) => { forall|k: int| 0 <= k < $e ==> k >= 0 }; }
verus! {
spec fn f(limit: int) -> int { get!() }
spec fn g(n: int) -> bool { ok!(n) }
}`;
  const r = parse(src);
  assert.deepEqual(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`), [
    "4: not supported: a macro whose body names `limit` without binding it (Rust resolves it where the macro is defined, not at this use)",
  ]);
});

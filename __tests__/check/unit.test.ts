/**
 * Unit tests of the checker: literal inference, spec arithmetic, name resolution,
 * binding ids, the CheckedCrate tables, and robustness on broken input.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkCrate } from '../../src/check/index.js';
import { typeToString } from '../../src/check/types.js';
import type { Expr, FnItem, Item, SourceFile } from '../../src/syntax/ast.js';
import { REPO_ROOT, rsFiles } from '../support/paths.js';
import { checkText } from './harness.js';

const wrap = (body: string): string => `use vstd::prelude::*;\nverus! {\n${body}\nfn main() {}\n} // verus!\n`;

function allNodes(root: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const seen = new Set<unknown>();
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) return x.forEach(visit);
    const n = x as Record<string, unknown>;
    out.push(n);
    for (const [k, v] of Object.entries(n)) if (k !== 'res' && k !== 'ty' && k !== 'decl' && k !== 'span') visit(v);
  };
  visit(root);
  return out;
}

function fnNamed(file: SourceFile, name: string): FnItem {
  const fn = allNodes(file.items).find((n) => n.kind === 'fn' && n.name === name && 'flags' in n);
  assert.ok(fn, `fn ${name}`);
  return fn as unknown as FnItem;
}

/** The expression nodes (with a `ty`) under a root whose source text is `text`. */
function exprsWithText(file: SourceFile, root: unknown, text: string): Expr[] {
  return allNodes(root).filter((n) => n.ty !== undefined && n.span && file.text.slice((n.span as { start: number }).start, (n.span as { end: number }).end) === text) as unknown as Expr[];
}

function tyOf(file: SourceFile, root: unknown, text: string): string {
  const es = exprsWithText(file, root, text);
  assert.ok(es.length > 0, `no expression \`${text}\``);
  return typeToString(es[0]!.ty!);
}

function clean(src: string): ReturnType<typeof checkText> {
  const r = checkText(src);
  assert.deepEqual([...r.syntax, ...r.diagnostics].map((d) => `${d.span.line}: ${d.message}`), []);
  return r;
}

describe('literal inference', () => {
  it('takes an unsuffixed literal type from later use (let mut i = 0; i < v.len())', () => {
    const r = clean(wrap(`fn f(v: &Vec<u8>) -> usize {
    let mut i = 0;
    while i < v.len() invariant i <= v.len(), decreases v.len() - i, { i = i + 1; }
    i
}`));
    const f = fnNamed(r.file, 'f');
    assert.equal(tyOf(r.file, f.body, '0'), 'usize');
    assert.equal(tyOf(r.file, f.body, 'i + 1'), 'usize');
  });

  it('defaults to i32 in exec code and int in spec code', () => {
    const r = clean(wrap(`fn f() { let a = 7; assert(a + 1 > 5); }
spec fn g() -> bool { 3 < 4 }`));
    assert.equal(tyOf(r.file, fnNamed(r.file, 'f').body, '7'), 'i32');
    assert.equal(tyOf(r.file, fnNamed(r.file, 'g').body, '3'), 'int');
  });

  it('uses the expected type of a let, an argument and a return', () => {
    const r = clean(wrap(`fn h(x: u16) -> u16 { x }
fn f() -> u64 { let a: u8 = 200; let b = h(300); 5 }`));
    const f = fnNamed(r.file, 'f');
    assert.equal(tyOf(r.file, f.body, '200'), 'u8');
    assert.equal(tyOf(r.file, f.body, '300'), 'u16');
    assert.equal(tyOf(r.file, f.body, '5'), 'u64');
  });

  it('honours suffixes', () => {
    const r = clean(wrap(`fn f() -> u64 { let a = 4096u64; a }`));
    assert.equal(tyOf(r.file, fnNamed(r.file, 'f').body, '4096u64'), 'u64');
  });
});

describe('spec arithmetic', () => {
  it('u64 + u64 is int in spec code, but u64 in exec code', () => {
    const r = clean(wrap(`fn f(a: u64, b: u64) -> (r: u64) requires a + b < 100, ensures r == a + b, { a + b }`));
    const f = fnNamed(r.file, 'f');
    assert.equal(tyOf(r.file, f.requires, 'a + b'), 'int');
    assert.equal(tyOf(r.file, f.ensures, 'a + b'), 'int');
    assert.equal(tyOf(r.file, f.body, 'a + b'), 'u64');
  });

  it('nat + nat is nat, nat - nat is int', () => {
    const r = clean(wrap(`spec fn f(n: nat, m: nat) -> bool { n + m >= 0 && n - m <= n }`));
    const f = fnNamed(r.file, 'f');
    assert.equal(tyOf(r.file, f.body, 'n + m'), 'nat');
    assert.equal(tyOf(r.file, f.body, 'n - m'), 'int');
  });

  it('v[i] on a Vec in spec code takes an int index; v@ is a Seq', () => {
    const r = clean(wrap(`spec fn f(v: Vec<u64>, i: int) -> bool { v[i] == v@[i] && v@.len() == v.len() }`));
    const f = fnNamed(r.file, 'f');
    assert.equal(tyOf(r.file, f.body, 'v[i]'), 'u64');
    assert.equal(tyOf(r.file, f.body, 'v@'), 'Seq<u64>');
    assert.equal(tyOf(r.file, f.body, 'v@.len()'), 'nat');
  });

  it('Ghost<T>@ is T; old(x) keeps the &mut type', () => {
    const r = clean(wrap(`fn f(x: &mut u32, g: Ghost<int>) ensures *x == *old(x), g@ >= 0 || true, { }`));
    const f = fnNamed(r.file, 'f');
    assert.equal(tyOf(r.file, f.ensures, 'g@'), 'int');
    assert.equal(tyOf(r.file, f.ensures, 'old(x)'), '&mut u32');
    assert.equal(tyOf(r.file, f.ensures, '*old(x)'), 'u32');
  });
});

describe('name resolution', () => {
  const src = wrap(`mod m {
    pub fn f() -> u32 { 1 }
    pub mod n { pub fn g() -> u32 { super::f() } }
}
pub enum E { A, B(u32) }
use E::*;
pub struct C { pub v: u64 }
impl C {
    pub fn new() -> Self { Self { v: 0 } }
    pub fn get(&self) -> u64 { self.v }
}
fn user() -> u64 {
    let a = m::f();
    let b = crate::m::n::g();
    let e = B(3);
    let c = C::new();
    let x = c.get();
    let y = u64::MAX;
    let v: Vec<u8> = Vec::new();
    match e { A => 0, B(z) => x }
}`);

  it('fills res on paths, method calls and patterns', () => {
    const r = clean(src);
    const u = fnNamed(r.file, 'user');
    const res = (text: string): unknown => {
      const n = allNodes(u.body).find((x) => x.span && r.file.text.slice((x.span as { start: number }).start, (x.span as { end: number }).end) === text && x.res !== undefined);
      assert.ok(n, text);
      const v = n.res as Record<string, unknown>;
      return { kind: v.kind, name: v.qname ?? v.name };
    };
    assert.deepEqual(res('m::f'), { kind: 'fn', name: 'test_crate::m::f' });
    assert.deepEqual(res('crate::m::n::g'), { kind: 'fn', name: 'test_crate::m::n::g' });
    assert.deepEqual(res('B'), { kind: 'variant', name: 'test_crate::E::B' });
    assert.deepEqual(res('C::new'), { kind: 'fn', name: 'test_crate::C::new' });
    assert.deepEqual(res('c.get()'), { kind: 'fn', name: 'test_crate::C::get' });
    assert.deepEqual(res('u64::MAX'), { kind: 'builtin', name: 'u64::MAX' });
    assert.deepEqual(res('Vec::new'), { kind: 'builtin', name: 'Vec::new' });
    assert.deepEqual(res('A'), { kind: 'variant', name: 'test_crate::E::A' });
    assert.deepEqual(res('B(z)'), { kind: 'variant', name: 'test_crate::E::B' });
  });

  it('gives every binding a unique id and points local resolutions at them', () => {
    const r = clean(src + wrap(`fn q(a: u32) -> (r: u32) ensures forall|k: int| k == k, { let a = a; a }`).replace(/use vstd::prelude::\*;\n/, ''));
    const nodes = allNodes(r.file.items);
    const ids = nodes.filter((n) => typeof n.id === 'number').map((n) => n.id as number);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const locals = nodes.filter((n) => n.kind === 'path' && (n.res as { kind?: string } | undefined)?.kind === 'local');
    assert.ok(locals.length > 5);
    for (const l of locals) assert.ok(ids.includes((l.res as { id: number }).id), 'local res points at a binding');
    // shadowing: the tail `a` of q is the let binding, not the parameter
    const q = fnNamed(r.file, 'q');
    const tail = q.body!.tail as { res: { id: number } };
    assert.notEqual(tail.res.id, q.params[0]!.id);
  });
});

describe('CheckedCrate tables', () => {
  it('fills fns, params, structs, type invariants, enums, consts and broadcast lemmas', () => {
    const r = clean(wrap(`pub const K: u64 = 4096 * 2;
pub struct S { pub a: u64 }
impl S {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { self.a > 0 }
    fn make(Tracked(t): Tracked<u64>, x: u64) -> (r: u64) { x }
}
pub enum E { A = 3, B }
spec fn f(x: int) -> int { x }
pub broadcast proof fn lemma(x: int) ensures #[trigger] f(x) == x, { }
broadcast use lemma;`));
    const c = r.checked;
    const make = c.fns.find((f) => f.qname === 'test_crate::S::make');
    assert.ok(make);
    assert.equal(make.implType, 'test_crate::S');
    assert.deepEqual(make.params.map((p) => [p.name, typeToString(p.ty), p.mode]), [['t', 'u64', 'tracked'], ['x', 'u64', 'exec']]);
    assert.equal(typeof make.retId, 'number');
    assert.equal(c.fnByDecl.get(make.decl), make);
    assert.equal(c.structs.get('test_crate::S')?.typeInvariant?.qname, 'test_crate::S::inv');
    assert.deepEqual(c.enums.get('test_crate::E')?.variants.map((v) => v.discriminant), [3n, 4n]);
    assert.equal(c.consts.get('test_crate::K')?.value, 8192n);
    // vstd's default groups first, then the crate's own
    assert.equal(c.broadcastLemmas[0], 'vstd::layout::layout_of_primitives');
    assert.deepEqual(c.broadcastLemmas.filter((l) => !l.startsWith('vstd::')), ['test_crate::lemma']);
    assert.equal(c.broadcastLemmas.at(-1), 'test_crate::lemma');
  });
});

describe('robustness', () => {
  it('never throws on truncated sources', () => {
    const files = rsFiles(join(REPO_ROOT, 'corpus', 'check')).slice(0, 12);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (let cut = 40; cut < text.length; cut += 97) {
        assert.doesNotThrow(() => checkText(text.slice(0, cut), f), `${f} cut at ${cut}`);
      }
    }
  });

  it('turns an internal failure into a diagnostic on the item', () => {
    const r = checkText(wrap('fn f() -> u32 { 1 }'));
    const f = fnNamed(r.file, 'f');
    (f.body as unknown as { stmts: unknown }).stmts = [null];
    const items: Item[] = r.file.items;
    const out = checkCrate({ name: 'x', root: { ...r.file, items }, files: [r.file] });
    assert.equal(out.diagnostics.length, 1);
    assert.match(out.diagnostics[0]!.message, /^internal checker error: /);
    assert.equal(out.diagnostics[0]!.kind, 'internal');
    assert.equal(out.diagnostics[0]!.span.line, f.span.line);
  });
});

describe('modes', () => {
  it('words exec-calls-spec both as Verus does and as LANGUAGE.md lists it', () => {
    const r = checkText(wrap(`spec fn s(x: int) -> int { x }
proof fn p() {}
fn f() { let a = s(1); p(); proof { p(); } }`));
    const msgs = r.diagnostics.map((d) => d.message);
    assert.equal(msgs.length, 2);
    assert.ok(msgs[0]!.includes('cannot call function `test_crate::s` with mode spec'));
    assert.ok(msgs[0]!.includes('cannot call spec function from exec mode'));
    assert.ok(msgs[1]!.includes('cannot call function `test_crate::p` with mode proof'));
    assert.ok(msgs[1]!.includes('cannot call proof function from exec mode'));
    assert.ok(r.diagnostics.every((d) => d.kind === 'mode'));
  });

  it('gives locals the mode of their binding', () => {
    const r = clean(wrap(`fn f(x: u64, Tracked(t): Tracked<u64>, Ghost(g): Ghost<int>) {
    let ghost a = x;
    let b = x;
    proof { let c = a; }
}`));
    const f = fnNamed(r.file, 'f');
    const byName = new Map<string, string>();
    for (const n of allNodes(f)) {
      const res = n.res as { kind?: string; name?: string; mode?: string } | undefined;
      if (res?.kind === 'local') byName.set(res.name!, res.mode!);
    }
    assert.equal(byName.get('x'), 'exec');
    assert.equal(byName.get('a'), 'ghost');
    const modes = r.checked.fnByDecl.get(f)!.params.map((p) => p.mode);
    assert.deepEqual(modes, ['exec', 'tracked', 'ghost']);
    const lets = allNodes(f.body).filter((n) => n.kind === 'ident') as { name: string; id: number }[];
    assert.deepEqual(lets.map((l) => l.name), ['a', 'b', 'c']);
  });

  it('binds references under patterns matched through & in exec code', () => {
    const r = clean(wrap(`fn f(o: &Option<u64>) -> u64 { match o { Some(x) => *x, None => 0 } }`));
    const x = allNodes(fnNamed(r.file, 'f').body).find((n) => n.kind === 'ident') as { ty: Parameters<typeof typeToString>[0] };
    assert.equal(typeToString(x.ty), '&u64');
  });
});

describe('options', () => {
  it('drops diagnostics located in quiet files', () => {
    const r = checkText(wrap('fn f() -> u32 { y }'));
    const crate = { name: 'q', root: r.file, files: [r.file] };
    assert.equal(checkCrate(crate).diagnostics.length, 1);
    assert.equal(checkCrate(crate, { quietFiles: new Set([r.file.path]) }).diagnostics.length, 0);
  });
});

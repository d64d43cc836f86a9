/**
 * Traits in the parser: declarations with their members, impls of them with the trait's
 * path and associated types, and trait bounds from generics and `where` clauses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../src/syntax/parser.js';
import type { FnItem, ImplItem, Item, TraitItem, TypeExpr } from '../../src/syntax/ast.js';

function items(src: string): Item[] {
  const r = parseFile('t.rs', src);
  assert.deepEqual(r.diagnostics.map((d) => d.message), []);
  const top = r.file.items[0]!;
  return top.kind === 'verus' ? top.items : r.file.items;
}
const text = (t: TypeExpr): string => (t.kind === 'path' ? t.segments.join('::') + (t.args.length ? `<${t.args.map(text).join(',')}>` : '') : t.kind);

test('a trait declaration keeps its members, supertraits and associated types', () => {
  const [t] = items('verus! { pub trait Tr: Copy + Sup<u8> { type V; spec fn s(&self) -> int; fn e(&self) -> (r: u8) ensures r == 1; proof fn p() {} } }') as [TraitItem];
  assert.equal(t.kind, 'trait');
  assert.deepEqual(t.supertraits.map(text), ['Copy', 'Sup<u8>']);
  assert.deepEqual(t.assocTypes.map((a) => a.name), ['V']);
  assert.deepEqual(t.items.map((f) => [f.name, (f as FnItem).mode, !!(f as FnItem).body]), [['s', 'spec', false], ['e', 'exec', false], ['p', 'proof', true]]);
  assert.equal((t.items[1] as FnItem).ensures.length, 1);
});

test('an impl of a trait keeps the trait path (with arguments) and `type X = T;` members', () => {
  const [i] = items('verus! { impl<T> core::ops::Add<u64> for W<T> { type Output = W<T>; fn add(self, x: u64) -> Self::Output { self } } }') as [ImplItem];
  assert.equal(text(i.traitPath!), 'core::ops::Add<u64>');
  assert.deepEqual(i.assocTypes?.map((a) => [a.name, text(a.ty!)]), [['Output', 'W<T>']]);
  assert.equal(i.items.length, 1);
});

test('bounds come from generic parameters and where clauses; lifetimes and ?Sized are dropped', () => {
  const [f] = items("verus! { fn f<'a, T: A + B<u8> + 'a, U: ?Sized>(x: &'a T, u: &U) where U: C, Self: Sized, for<'b> &'b U: D {} }") as [FnItem];
  assert.deepEqual(f.bounds?.map((b) => `${text(b.param)}: ${text(b.trait)}`), ['T: A', 'T: B<u8>', 'U: C', 'Self: Sized']);
});

test('plain Rust traits and where clauses outside verus! still parse', () => {
  const r = parseFile('t.rs', "trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::new() } }\nfn g<T>(t: T) where T: Shape + Clone, for<'a> &'a T: Into<u8> { }");
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.file.items.map((i) => i.kind), ['trait', 'fn']);
});

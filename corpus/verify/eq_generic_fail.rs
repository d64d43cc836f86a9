// Exec `==` is structural equality only for types whose PartialEq is derived all the way
// down; a type parameter's `eq` (or a derived one around it) may return anything.
use vstd::prelude::*;

verus! {

#[derive(PartialEq, Eq)]
pub struct Pair { pub a: u64, pub b: bool }

#[derive(PartialEq)]
pub struct Holder<T> { pub t: T }

fn generic_eq<T: PartialEq>(x: &T) {
    let r = x == x;
    assert(r); //~ ERROR assertion failed
}

fn generic_holder<T: PartialEq>(h: &Holder<T>) {
    let r = h == h;
    assert(r); //~ ERROR assertion failed
}

fn derived(p: Pair, q: Pair) {
    let r = p == q;
    assert(r == (p.a == q.a && p.b == q.b));
    let s = p != p;
    assert(!s);
}

fn main() {}

} // verus!

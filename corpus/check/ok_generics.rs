//@ no-verify
// Generic fns and structs, instantiated by unification.
use vstd::prelude::*;

verus! {

pub struct Pair<A, B> {
    pub first: A,
    pub second: B,
}

impl<A, B> Pair<A, B> {
    pub fn new(first: A, second: B) -> (p: Self)
        ensures
            p.first == first,
            p.second == second,
    {
        Pair { first, second }
    }

    pub fn into_first(self) -> A {
        self.first
    }
}

spec fn same<T>(x: T, y: T) -> bool {
    x == y
}

fn identity<T>(x: T) -> (r: T)
    ensures
        r == x,
{
    x
}

fn use_generics() {
    let p = Pair::new(1u8, true);
    let a: u8 = p.into_first();
    let b = identity(a);
    let c = identity::<u64>(7);
    assert(same(b, a));
    assert(c == 7);
    let q: Pair<u32, bool> = Pair { first: 3, second: false };
    assert(q.first == 3);
}

fn main() {
}

} // verus!

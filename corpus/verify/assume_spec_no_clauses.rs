use vstd::prelude::*;

verus! {

#[derive(PartialEq, Eq, Clone, Copy)]
pub struct A(pub u8);

// No clauses: it assumes nothing, so it is accepted and gives no facts.
pub assume_specification[ <A as PartialEq<A>>::eq ](x: &A, y: &A) -> bool;

// With a clause, it would assume something: not supported.
pub assume_specification[ <A as Clone>::clone ](x: &A) -> (r: A) //~ ERROR not supported: `assume_specification`
    ensures r == *x;

// Generic, or a plain path: not supported either.
pub assume_specification<T>[ <Option<T> as Clone>::clone ](x: &Option<T>) -> Option<T>; //~ ERROR not supported: `assume_specification`
pub assume_specification[ core::cmp::min ](a: u64, b: u64) -> u64; //~ ERROR not supported: `assume_specification`

proof fn nothing_assumed(a: A, b: A) {
    assert(a.0 == b.0); //~ ERROR assertion failed
}

proof fn still_provable(a: A) {
    assert(a.0 == a.0);
}

fn main() {
}

} // verus!

// Fail twin of generic_traits_ok.rs: each impl of a generic trait is checked against the
// trait's clauses at its own arguments (`forall|y: T|` is `forall|y: i8|` in `Conv<i8>`).
use vstd::prelude::*;

verus! {

pub trait Conv<T> {
    spec fn spec_conv(&self, x: T) -> int;

    proof fn lemma_nonneg(&self)
        ensures forall|y: T| #[trigger] self.spec_conv(y) >= 0; //~ ERROR postcondition not satisfied
}

pub struct S;

impl Conv<u8> for S {
    open spec fn spec_conv(&self, x: u8) -> int { x as int }
    proof fn lemma_nonneg(&self) {}
}

impl Conv<i8> for S {
    open spec fn spec_conv(&self, x: i8) -> int { x as int }
    proof fn lemma_nonneg(&self) {} //~ NOTE at the end of the function body
}

fn main() {}

} // verus!

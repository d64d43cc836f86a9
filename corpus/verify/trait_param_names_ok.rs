// Pass twin of trait_param_names_fail.rs: an impl whose parameters are named differently from
// the trait's is checked against the trait's clauses about the same positions.
use vstd::prelude::*;

verus! {

trait Shift {
    fn shift(&self, a: u8, b: u8) -> (r: u8)
        requires a <= 10, b <= 10,
        ensures r == a + 2 * b;
}

struct S;

impl Shift for S {
    fn shift(&self, b: u8, a: u8) -> (r: u8) {
        b + 2 * a
    }
}

fn main() {}

} // verus!

// Fail twin of trait_param_names_ok.rs: an impl whose parameters are named differently from
// the trait's is checked against the trait's clauses about the same positions.
use vstd::prelude::*;

verus! {

trait Shift {
    fn shift(&self, a: u8, b: u8) -> (r: u8)
        requires a <= 10, b <= 10,
        ensures r == a + 2 * b; //~ ERROR postcondition not satisfied
}

struct S;

impl Shift for S {
    fn shift(&self, b: u8, a: u8) -> (r: u8) {
        a + 2 * b //~ NOTE at the end of the function body
    }
}

fn main() {}

} // verus!

//@ no-verify
// `proofgate::interval` gives a harness input: only #[test] fns may ask for one.
use vstd::prelude::*;
verus! {
fn not_a_test() -> u8 {
    proofgate::interval(0u8, 3) //~ ERROR `proofgate::interval` is only allowed in #[test] fns
}
#[test]
fn not_an_integer() {
    let b: bool = proofgate::interval(false, true); //~ ERROR `proofgate::interval` gives an integer, found `bool`
}
} // verus!

//@ no-verify
// Arithmetic on bools is rejected.
use vstd::prelude::*;

verus! {

fn f(a: bool, b: bool) -> bool {
    let c = a + b; //~ ERROR cannot apply binary operator `+` to type `bool`
    c
}

fn main() {
}

} // verus!

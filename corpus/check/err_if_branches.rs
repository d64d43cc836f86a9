//@ no-verify
// Branches of an if must agree with the expected type.
use vstd::prelude::*;

verus! {

fn f(a: bool) -> u32 {
    if a {
        1
    } else {
        false //~ ERROR mismatched types
    }
}

fn main() {
}

} // verus!

//@ no-verify
// Calling a function that does not exist.
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    helper(x) //~ ERROR cannot find function `helper` in this scope
}

fn main() {
}

} // verus!

//@ no-verify
// Closures are outside the subset.
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    let g = |y: u32| y; //~ ERROR not supported: closures
    x
}

fn main() {
}

} // verus!

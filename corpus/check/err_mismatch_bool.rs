//@ no-verify
// A bool where a u64 is expected.
use vstd::prelude::*;

verus! {

fn f(x: u64) -> u64 {
    let y: u64 = x > 3; //~ ERROR mismatched types
    y
}

fn main() {
}

} // verus!

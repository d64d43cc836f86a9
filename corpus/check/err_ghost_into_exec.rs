//@ no-verify
// Ghost values never flow into exec values.
use vstd::prelude::*;

verus! {

fn f(x: u64) -> u64 {
    let ghost g: u64 = x;
    let y: u64 = g; //~ ERROR expression has mode spec, expected mode exec
    y
}

fn main() {
}

} // verus!

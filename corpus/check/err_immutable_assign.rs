//@ no-verify
// Assigning to an immutable local.
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    let y = x;
    y = 3; //~ ERROR cannot assign twice to immutable variable `y`
    y
}

fn main() {
}

} // verus!

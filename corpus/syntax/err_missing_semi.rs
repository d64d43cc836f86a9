//@ no-verify
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    let y = x
    let z = y; //~ ERROR expected one of
    z
}

fn main() {
}

} // verus!

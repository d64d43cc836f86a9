#![allow(unused)]
#![verifier::loop_isolation(true)]
use vstd::prelude::*;

verus! {

// other crate attributes do not lift the decreases requirement
fn spin(n: u32) {
    let mut i: u32 = 0;
    while i < n //~ ERROR loop must have a decreases clause
        invariant i <= n,
    { i = i + 1; }
}

fn main() {
}

} // verus!

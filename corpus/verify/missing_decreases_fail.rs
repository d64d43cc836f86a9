use vstd::prelude::*;

verus! {

fn f(n: u32) {
    let mut i: u32 = 0;
    while i < n //~ ERROR loop must have a decreases clause
        invariant i <= n,
    { i = i + 1; }
}

fn main() {
}

} // verus!

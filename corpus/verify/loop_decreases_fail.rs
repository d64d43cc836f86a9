use vstd::prelude::*;

verus! {

fn f(n: u32) {
    let mut i: u32 = 0;
    while i < n //~ ERROR decreases not satisfied at end of loop
        invariant i <= n,
        decreases i,
    { i = i + 1; }
}

fn main() {
}

} // verus!

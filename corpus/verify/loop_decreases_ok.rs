use vstd::prelude::*;

verus! {

fn f(n: u32) {
    let mut i = n;
    while i > 0
        invariant i <= n,
        decreases i,
    { i = i - 1; }
}

fn main() {
}

} // verus!

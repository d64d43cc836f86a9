use vstd::prelude::*;

verus! {

fn f(n: u32) {
    let mut i: u32 = 0;
    while i < n
        invariant i <= n,
        decreases n - i,
    { i = i + 1; }
}

fn main() {
}

} // verus!

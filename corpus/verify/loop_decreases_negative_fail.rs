use vstd::prelude::*;

verus! {

fn f(n: i32) {
    let mut i: i32 = n;
    while i > -10 //~ ERROR decreases not satisfied at end of loop
        invariant i <= n || i <= 0,
        decreases i,
    { i = i - 1; }
}

fn main() {
}

} // verus!

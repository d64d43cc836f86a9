use vstd::prelude::*;

verus! {

fn f(n: u32) {
    let mut i: u32 = 0;
    while i < n
        invariant
            i >= 1, //~ ERROR invariant not satisfied before loop
        decreases n - i,
    { i = i + 1; }
}

fn main() {
}

} // verus!

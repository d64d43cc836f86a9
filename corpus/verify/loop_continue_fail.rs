use vstd::prelude::*;

verus! {

fn f(n: u32) {
    let mut i: u32 = 0;
    while i < n
        invariant
            i <= n,
            i % 2 == 0, //~ ERROR invariant not satisfied at end of loop body
        decreases n - i,
    {
        i = i + 1;
        if i < n { continue; }
        i = i + 0;
    }
}

fn main() {
}

} // verus!

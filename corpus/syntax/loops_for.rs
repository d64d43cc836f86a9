//@ no-verify
// for loops over integer ranges, labels, break and continue.
use vstd::prelude::*;

verus! {

fn sum_to(n: u64) -> (r: u64)
    requires
        n < 1000,
{
    let mut s: u64 = 0;
    for i in 0..n
        invariant
            s <= i * 1000,
            n < 1000,
    {
        if i % 2 == 0 {
            continue;
        }
        s = s + i;
    }
    s
}

fn inclusive(n: u8) {
    for j in 0..=n {
        let k = j;
    }
}

fn main() {
}

} // verus!

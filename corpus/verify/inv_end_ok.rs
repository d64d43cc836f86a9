use vstd::prelude::*;

verus! {

fn f(n: u32) -> (r: u32)
    requires n < 1000,
    ensures r == 2 * n,
{
    let mut i: u32 = 0;
    let mut acc: u32 = 0;
    while i < n
        invariant
            i <= n,
            n < 1000,
            acc == 2 * i,
        decreases n - i,
    {
        i = i + 1;
        acc = acc + 2;
    }
    acc
}

fn main() {
}

} // verus!

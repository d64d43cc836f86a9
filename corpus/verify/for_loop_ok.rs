use vstd::prelude::*;

verus! {

fn sum(n: u32) -> (r: u64)
    ensures r == n,
{
    let mut acc: u64 = 0;
    for i in 0..n
        invariant acc == i, i <= n,
    {
        acc = acc + 1;
    }
    acc
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn sum(n: u32) -> (r: u64)
{
    let mut acc: u64 = 0;
    for i in 0..n
        invariant
            acc == 2 * i, //~ ERROR invariant not satisfied at end of loop body
    {
        acc = acc + 1;
    }
    acc
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn f(n: u32) -> (r: u64)
    requires n <= 100,
{
    let mut total: u64 = 0;
    let mut i: u32 = 0;
    while i < n
        invariant i <= n, n <= 100,
            total <= i as u64 * 100, //~ ERROR invariant not satisfied at end of loop body
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < n
            invariant j <= n, i < n, n <= 100,
            decreases n - j,
        {
            total = total + 1; //~ ERROR possible arithmetic underflow/overflow
            j = j + 1;
        }
        i = i + 1;
    }
    total
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn f(n: u32) -> (r: u64)
    requires n <= 100,
{
    let mut total: u64 = 0;
    let mut i: u32 = 0;
    while i < n
        invariant i <= n, n <= 100, total <= i as u64 * 100,
        decreases n - i,
    {
        let mut j: u32 = 0;
        while j < n
            invariant j <= n, n <= 100, i < n, total <= i as u64 * 100 + j as u64,
            decreases n - j,
        {
            total = total + 1;
            j = j + 1;
        }
        i = i + 1;
    }
    total
}

fn main() {
}

} // verus!

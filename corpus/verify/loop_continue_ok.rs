use vstd::prelude::*;

verus! {

fn f(n: u32) -> (r: u32)
    ensures r <= n,
{
    let mut i: u32 = 0;
    let mut c: u32 = 0;
    while i < n
        invariant i <= n, c <= i,
        decreases n - i,
    {
        i = i + 1;
        if i % 2 == 0 { continue; }
        c = c + 1;
    }
    c
}

fn main() {
}

} // verus!

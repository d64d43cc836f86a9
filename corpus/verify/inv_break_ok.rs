use vstd::prelude::*;

verus! {

fn f(n: u32) -> (r: u32)
    ensures r <= n,
{
    let mut i: u32 = 0;
    loop
        invariant i <= n,
        decreases n - i,
    {
        if i == n {
            break;
        }
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!

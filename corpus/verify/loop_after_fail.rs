use vstd::prelude::*;

verus! {

fn f(n: u32) -> (r: u32)
    ensures
        r == n + 1, //~ ERROR postcondition not satisfied
{
    let mut i: u32 = 0;
    while i < n
        invariant i <= n,
        decreases n - i,
    { i = i + 1; }
    i
}

fn main() {
}

} // verus!

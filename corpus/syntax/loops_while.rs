//@ no-verify
// while loops with invariant, invariant_except_break, ensures, decreases.
use vstd::prelude::*;

verus! {

fn count(n: u64) -> (r: u64)
    ensures
        r == n,
{
    let mut i: u64 = 0;
    while i < n
        invariant
            i <= n,
        decreases n - i,
    {
        i = i + 1;
    }
    i
}

fn find_first(n: u64) -> (r: u64)
    requires
        n > 0,
{
    let mut i: u64 = 0;
    loop
        invariant_except_break
            i < n,
        invariant
            i <= n,
        ensures
            i <= n,
        decreases n - i,
    {
        if i + 1 >= n {
            break;
        }
        i += 1;
    }
    i
}

fn main() {
}

} // verus!

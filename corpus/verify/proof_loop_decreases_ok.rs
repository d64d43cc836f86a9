use vstd::prelude::*;

verus! {

// A proof loop with a decreasing measure terminates.
proof fn count(n: nat) -> (r: nat)
    ensures r == n
{
    let mut i: nat = 0;
    while i < n
        invariant i <= n,
        decreases n - i,
    {
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!

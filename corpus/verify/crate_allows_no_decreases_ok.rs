#![verifier::exec_allows_no_decreases_clause]
use vstd::prelude::*;

verus! {

fn count(n: u32) -> (r: u32)
    ensures r == n,
{
    let mut i: u32 = 0;
    while i < n
        invariant i <= n,
    { i = i + 1; }
    i
}

fn spin() {
    loop {
    }
}

fn main() {
}

} // verus!

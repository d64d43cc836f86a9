use vstd::prelude::*;

verus! {

#[verifier::exec_allows_no_decreases_clause]
fn f(n: u32) {
    let mut i: u32 = 0;
    while i < n
        invariant i <= n,
    { i = i + 1; }
}

fn main() {
}

} // verus!

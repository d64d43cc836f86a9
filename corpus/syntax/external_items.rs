//@ no-verify
// #[verifier::external] items are ignored; external_body bodies are trusted.
use vstd::prelude::*;

verus! {

#[verifier::external]
fn outside(v: Vec<u8>) -> usize {
    v.iter().filter(|x| **x > 3).count()
}

#[verifier::external_body]
fn trusted_len(v: &Vec<u8>) -> (r: usize)
    ensures
        r == v.len(),
{
    v.iter().count()
}

#[verifier::exec_allows_no_decreases_clause]
fn spin(n: u64) {
    let mut i = 0;
    while i < n
        invariant
            i <= n,
    {
        i = i + 1;
    }
}

#[verifier::rlimit(20)]
fn heavy() {
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

const PAGE: u64 = 4096;
fn f(n: u64) -> u64
    requires n < 1000,
{
    n * PAGE
}

fn main() {
}

} // verus!

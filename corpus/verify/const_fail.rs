use vstd::prelude::*;

verus! {

const PAGE: u64 = 4096;
fn f(n: u64) -> u64 {
    n * PAGE //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!

//@ no-verify
// verus! blocks and ordinary Rust in one file.
use vstd::prelude::*;

verus! {

pub fn verified_add(a: u32, b: u32) -> (r: u32)
    requires
        a < 1000,
        b < 1000,
    ensures
        r == a + b,
{
    a + b
}

} // verus!

fn plain(v: &[u32]) -> u32 {
    v.iter().sum()
}

verus! {

spec fn spec_add(a: int, b: int) -> int {
    a + b
}

} // verus!

fn main() {
}

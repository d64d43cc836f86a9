//@ no-verify
// Exec comparisons need operands of one type; spec comparisons mix integer types.
use vstd::prelude::*;

verus! {

fn f(a: u64, b: u32) -> (r: bool)
    ensures
        r == (a < b),
{
    a < b //~ ERROR mismatched types
}

fn main() {
}

} // verus!

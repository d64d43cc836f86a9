//@ no-verify
// In spec code `u64 + u64` is an int, not a u64.
use vstd::prelude::*;

verus! {

spec fn add(a: u64, b: u64) -> u64 {
    a + b //~ ERROR mismatched types
}

spec fn add_ok(a: u64, b: u64) -> u64 {
    (a + b) as u64
}

fn main() {
}

} // verus!

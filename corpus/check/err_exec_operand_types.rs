//@ no-verify
// Exec arithmetic needs both operands of the same type, as in Rust.
use vstd::prelude::*;

verus! {

fn f(a: u64, b: u32) -> u64 {
    a + b //~ ERROR mismatched types
}

fn main() {
}

} // verus!

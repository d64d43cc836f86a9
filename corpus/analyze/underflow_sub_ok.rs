// Subtraction guarded by a comparison: no warning.
use vstd::prelude::*;
verus! {
fn diff(a: u64, b: u64) -> u64 {
    if a >= b { a - b } else { b - a }
}
} // verus!

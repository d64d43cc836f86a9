// Subtraction without a guard underflows.
use vstd::prelude::*;
verus! {
fn diff(a: u64, b: u64) -> u64 {
    a - b //~ WARN overflow: may underflow
}
} // verus!

// Addition of two values known small enough: no warning.
use vstd::prelude::*;
verus! {
fn add_small(a: u32, b: u32) -> u64 {
    let x = a as u64;
    let y = b as u64;
    x + y
}
} // verus!

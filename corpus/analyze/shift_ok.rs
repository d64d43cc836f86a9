// Shift amounts known below the width.
use vstd::prelude::*;
verus! {
fn bit(k: u32) -> u64 {
    if k < 64 { 1u64 << k } else { 0 }
}
fn low(x: u64) -> u64 {
    x >> 3
}
} // verus!

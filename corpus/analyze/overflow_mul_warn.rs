// A product of two unbounded u32 values overflows.
use vstd::prelude::*;
verus! {
fn area(w: u32, h: u32) -> u32 {
    w * h //~ WARN overflow
}
} // verus!

// Addition of two arbitrary u32 values overflows u32.
use vstd::prelude::*;
verus! {
fn add_any(a: u32, b: u32) -> u32 {
    a + b //~ WARN overflow: `a + b` may overflow: a + b in [0, 8589934590]
}
} // verus!

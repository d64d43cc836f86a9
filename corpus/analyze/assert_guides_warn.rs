// Without the assertion the same increment may overflow.
use vstd::prelude::*;
verus! {
fn next(x: u32) -> u32 {
    x + 1 //~ WARN overflow: `x + 1` may overflow: x + 1 in [1, 4294967296]
}
} // verus!

//@ state-level 1
// Issue 13's example: with one state, y in [6, 10] and x in [1, 9] are merged, so y - x may underflow.
use vstd::prelude::*;
verus! {
fn example(x: u32) -> u32 {
    if x < 1 || x > 9 {
        return 0;
    }
    let y: u32 = if x <= 4 { 6 } else { 10 };
    y - x //~ WARN overflow: `y - x` may underflow: y - x in [-3, 9]
}
} // verus!

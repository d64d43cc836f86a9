//@ state-level 2
// The same example with two states: (x in [1, 4], y = 6) and (x in [5, 9], y = 10) keep y - x >= 1.
use vstd::prelude::*;
verus! {
fn example(x: u32) -> u32 {
    if x < 1 || x > 9 {
        return 0;
    }
    let y: u32 = if x <= 4 { 6 } else { 10 };
    y - x
}
} // verus!

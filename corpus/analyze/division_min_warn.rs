// i32::MIN / -1 overflows.
use vstd::prelude::*;
verus! {
fn scaled(a: i32, d: i32) -> i32 {
    if d != 0 {
        a / d //~ WARN overflow: `a / d` may overflow
    } else {
        0
    }
}
} // verus!

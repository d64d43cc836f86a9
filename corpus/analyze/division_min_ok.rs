// Signed division where the divisor is never -1: no overflow.
use vstd::prelude::*;
verus! {
fn half(a: i32) -> i32 {
    a / 2
}
fn scaled(a: i32, d: i32) -> i32 {
    if d > 0 { a / d } else { 0 }
}
} // verus!

use vstd::prelude::*;

verus! {

// Issue 9 class 9: i64::MIN % -1 panics in Rust.
fn rem_min_false(a: i64, b: i64) -> i64
    requires b < 0,
{
    a % b //~ ERROR possible arithmetic underflow/overflow
}
fn rem_min_true(a: i64, b: i64) -> i64
    requires b < 0, a > i64::MIN,
{
    a % b
}

fn main() {
}

} // verus!

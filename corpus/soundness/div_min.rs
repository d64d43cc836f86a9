use vstd::prelude::*;

verus! {

// i*::MIN / -1 and i*::MIN % -1 panic in Rust.
fn div_min_false(a: i32, b: i32) -> i32
    requires b != 0,
{
    a / b //~ ERROR possible arithmetic underflow/overflow
}
fn div_min_true(a: i32, b: i32) -> i32
    requires b != 0, b != -1,
{
    a / b
}

fn div_min8_false(a: i8) -> i8 {
    a / -1 //~ ERROR possible arithmetic underflow/overflow
}
fn div_min8_true(a: i8) -> (r: i8)
    requires a > -128,
    ensures r == -a,
{
    a / -1
}

fn main() {
}

} // verus!

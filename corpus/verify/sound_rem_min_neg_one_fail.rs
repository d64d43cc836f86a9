use vstd::prelude::*;

verus! {

// `i32::MIN % -1` and `i32::MIN / -1` panic in Rust: the quotient does not fit.
fn rem(x: i32, y: i32) -> i32
    requires y != 0,
{
    x % y //~ ERROR possible arithmetic underflow/overflow
}

fn div(x: i64, y: i64) -> i64
    requires y != 0,
{
    x / y //~ ERROR possible arithmetic underflow/overflow
}

fn rem_assign(x: i8, y: i8) -> i8
    requires y != 0,
{
    let mut r = x;
    r %= y; //~ ERROR possible arithmetic underflow/overflow
    r
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn rem(x: i32, y: i32) -> i32
    requires y != 0, x != i32::MIN || y != -1,
{
    x % y
}

fn div(x: i64, y: i64) -> i64
    requires y > 0,
{
    x / y
}

fn rem_assign(x: i8, y: i8) -> i8
    requires y != 0, y != -1,
{
    let mut r = x;
    r %= y;
    r
}

fn rem_unsigned(x: u32, y: u32) -> u32
    requires y != 0,
{
    x % y
}

fn main() {
}

} // verus!

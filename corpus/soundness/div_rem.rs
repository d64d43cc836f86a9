use vstd::prelude::*;

verus! {

fn div_zero_false(a: u32, b: u32) -> u32
    requires b < 10,
{
    a / b //~ ERROR possible division by zero
}
fn div_zero_true(a: u32, b: u32) -> (r: u32)
    requires 0 < b < 10,
    ensures r <= a,
{
    a / b
}

fn rem_zero_false(a: u64, b: u64) -> u64 {
    a % b //~ ERROR possible division by zero
}
fn rem_zero_true(a: u64, b: u64) -> (r: u64)
    requires b != 0,
    ensures r < b,
{
    a % b
}

fn div_signed_trunc_false(a: i32) -> (r: i32)
    requires a == -7,
    ensures r == -4, //~ ERROR postcondition not satisfied
{
    a / 2
}
fn div_signed_trunc_true(a: i32) -> (r: i32)
    requires a == -7,
    ensures r == -3,
{
    a / 2
}

fn rem_signed_false(a: i32) -> (r: i32)
    requires a == -7,
    ensures r == 1, //~ ERROR postcondition not satisfied
{
    a % 2
}
fn rem_signed_true(a: i32) -> (r: i32)
    requires a == -7,
    ensures r == -1,
{
    a % 2
}

fn rem_signed_divisor_false(a: i32, b: i32) -> (r: i32)
    requires a == 7, b == -2,
    ensures r == -1, //~ ERROR postcondition not satisfied
{
    a % b
}
fn rem_signed_divisor_true(a: i32, b: i32) -> (r: i32)
    requires a == 7, b == -2,
    ensures r == 1,
{
    a % b
}

fn div_bound_false(a: u16, b: u16) -> (r: u16)
    requires b > 0,
    ensures r < a, //~ ERROR postcondition not satisfied
{
    a / b
}
fn div_bound_true(a: u16, b: u16) -> (r: u16)
    requires b > 1, a > 0,
    ensures r < a,
{
    a / b
}

fn main() {
}

} // verus!

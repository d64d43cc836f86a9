use vstd::prelude::*;

verus! {

fn sub_u32_false(a: u32, b: u32) -> u32
    requires a + 1 >= b,
{
    a - b //~ ERROR possible arithmetic underflow/overflow
}
fn sub_u32_true(a: u32, b: u32) -> (r: u32)
    requires a >= b,
    ensures r + b == a,
{
    a - b
}

fn sub_i16_false(a: i16) -> i16
    requires a <= 0,
{
    a - 32767 //~ ERROR possible arithmetic underflow/overflow
}
fn sub_i16_true(a: i16) -> i16
    requires a <= 0, a >= -1,
{
    a - 32767
}

fn mul_u8_false(a: u8) -> u8
    requires a <= 16,
{
    a * 16 //~ ERROR possible arithmetic underflow/overflow
}
fn mul_u8_true(a: u8) -> (r: u8)
    requires a <= 15,
    ensures r == a * 16,
{
    a * 16
}

fn mul_i32_false(a: i32, b: i32) -> i32
    requires -46341 <= a <= 46341, -46341 <= b <= 46341,
{
    a * b //~ ERROR possible arithmetic underflow/overflow
}
fn mul_i32_true(a: i32, b: i32) -> i32
    requires -46340 <= a <= 46340, -46340 <= b <= 46340,
{
    a * b
}

fn mul_u128_false(a: u128, b: u128) -> u128
    requires a <= u64::MAX as u128 + 1, b <= u64::MAX as u128 + 1,
{
    a * b //~ ERROR possible arithmetic underflow/overflow
}
fn mul_u128_true(a: u128, b: u128) -> u128
    requires a <= u64::MAX as u128, b <= u64::MAX as u128,
{
    a * b
}

fn neg_i8_false(a: i8) -> i8 {
    -a //~ ERROR possible arithmetic underflow/overflow
}
fn neg_i8_true(a: i8) -> (r: i8)
    requires a > i8::MIN,
    ensures r + a == 0,
{
    -a
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

// `as` truncates in exec code and wraps signed values.
fn cast_u8_false(x: u32) -> (r: u8)
    ensures r as u32 == x, //~ ERROR postcondition not satisfied
{
    x as u8
}
fn cast_u8_true(x: u32) -> (r: u8)
    requires x < 256,
    ensures r as u32 == x,
{
    x as u8
}

fn cast_trunc_false(x: u16) -> (r: u8)
    ensures r == x % 128, //~ ERROR postcondition not satisfied
{
    x as u8
}
fn cast_trunc_true(x: u16) -> (r: u8)
    ensures r == x % 256,
{
    x as u8
}

fn cast_signed_false(x: i8) -> (r: u8)
    requires x < 0,
    ensures r == -x, //~ ERROR postcondition not satisfied
{
    x as u8
}
fn cast_signed_true(x: i8) -> (r: u8)
    requires x < 0,
    ensures r == x + 256,
{
    x as u8
}

fn cast_to_signed_false(x: u8) -> (r: i8)
    ensures r >= 0, //~ ERROR postcondition not satisfied
{
    x as i8
}
fn cast_to_signed_true(x: u8) -> (r: i8)
    requires x < 128,
    ensures r >= 0, r == x,
{
    x as i8
}

fn cast_widen_false(x: i16) -> (r: i64)
    ensures r >= 0, //~ ERROR postcondition not satisfied
{
    x as i64
}
fn cast_widen_true(x: i16) -> (r: i64)
    ensures r == x, -32768 <= r <= 32767,
{
    x as i64
}

fn cast_usize_false(x: u64) -> (r: u32)
    ensures r == x, //~ ERROR postcondition not satisfied
{
    x as u32
}
fn cast_usize_true(x: u64) -> (r: usize)
    ensures r == x,
{
    x as usize
}

fn main() {
}

} // verus!

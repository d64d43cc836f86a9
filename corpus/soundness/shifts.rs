use vstd::prelude::*;

verus! {

fn shr_false(a: u32, s: u32) -> u32
    requires s <= 32,
{
    a >> s //~ ERROR possible bit shift underflow/overflow
}
fn shr_true(a: u32, s: u32) -> u32
    requires s < 32,
{
    a >> s
}

fn shl8_false(a: u8, s: u8) -> u8
    requires s < 9,
{
    a << s //~ ERROR possible bit shift underflow/overflow
}
fn shl8_true(a: u8, s: u8) -> u8
    requires s < 8,
{
    a << s
}

fn shr_value_false(a: u64) -> (r: u64)
    ensures r < 0x0fff_ffff_ffff_ffff, //~ ERROR postcondition not satisfied
{
    a >> 4
}
fn shr_value_true(a: u64) -> (r: u64)
    ensures r <= 0x0fff_ffff_ffff_ffff,
{
    a >> 4
}

fn shl_lit_false(a: u16) -> (r: u16)
    requires a == 1,
    ensures r == 16, //~ ERROR postcondition not satisfied
{
    a << 5u16
}
fn shl_lit_true(a: u16) -> (r: u16)
    requires a == 1,
    ensures r == 32,
{
    a << 5u16
}

fn shr_signed_false(a: i64) -> i64 {
    a >> 64 //~ ERROR possible bit shift underflow/overflow
}
fn shr_signed_true(a: i64) -> i64 {
    a >> 63
}

fn main() {
}

} // verus!

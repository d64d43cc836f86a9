use vstd::prelude::*;

verus! {

fn max_u8_false(x: u8) {
    assert(x < u8::MAX); //~ ERROR assertion failed
}
fn max_u8_true(x: u8) {
    assert(x <= u8::MAX && u8::MAX == 255);
}

fn min_i16_false(x: i16) {
    assert(x > i16::MIN); //~ ERROR assertion failed
}
fn min_i16_true(x: i16) {
    assert(x >= i16::MIN && i16::MIN == -32768);
}

fn max_u64_false(x: u64) {
    assert(x + 1 <= u64::MAX); //~ ERROR assertion failed
}
fn max_u64_true(x: u64) {
    assert(x + 1 <= u64::MAX + 1);
}

fn max_i128_false(x: i128) -> i128 {
    x + 1 //~ ERROR possible arithmetic underflow/overflow
}
fn max_i128_true(x: i128) -> i128
    requires x < i128::MAX,
{
    x + 1
}

fn char_false(c: char)
    requires c == 'a',
{
    assert(c == 'b'); //~ ERROR assertion failed
}
fn char_true(c: char)
    requires c == 'a',
{
    assert(c != 'b');
}

fn hex_false() {
    assert(0xffu8 == 256); //~ ERROR assertion failed
}
fn hex_true() {
    assert(0xffu8 == 255 && 0b1010u8 == 10 && 1_000u32 == 1000);
}

fn isize_false(x: isize) -> isize {
    x - 1 //~ ERROR possible arithmetic underflow/overflow
}
fn isize_true(x: isize) -> isize
    requires x > isize::MIN,
{
    x - 1
}

fn main() {
}

} // verus!

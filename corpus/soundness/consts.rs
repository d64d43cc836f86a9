use vstd::prelude::*;

verus! {

const PAGE: u64 = 4096;
const SHIFT: u32 = 12;
const NEG: i32 = -5;

fn page_false(n: u64) -> u64
    requires n <= 0x10_0000_0000_0000,
{
    n * PAGE //~ ERROR possible arithmetic underflow/overflow
}
fn page_true(n: u64) -> u64
    requires n < 0x10_0000_0000_0000 / 4096,
{
    n * PAGE
}

fn shift_false() {
    assert(SHIFT == 11); //~ ERROR assertion failed
}
fn shift_true() {
    assert(SHIFT == 12);
}

fn neg_false() {
    assert(NEG > 0); //~ ERROR assertion failed
}
fn neg_true() {
    assert(NEG + 5 == 0);
}

spec const LIMIT: int = 100;

proof fn spec_const_false(x: int)
    requires x < LIMIT,
    ensures x < 99, //~ ERROR postcondition not satisfied
{
}
proof fn spec_const_true(x: int)
    requires x < LIMIT,
    ensures x < 101,
{
}

fn main() {
}

} // verus!

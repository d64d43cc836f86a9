use vstd::prelude::*;

verus! {

// Addition at every width: the bound that makes it safe, and one off it.
fn add_u8_false(a: u8, b: u8) -> u8
    requires a <= 128, b <= 128,
{
    a + b //~ ERROR possible arithmetic underflow/overflow
}
fn add_u8_true(a: u8, b: u8) -> u8
    requires a <= 128, b <= 127,
{
    a + b
}

fn add_u16_false(a: u16) -> u16
    requires a <= 65000,
{
    a + 536 //~ ERROR possible arithmetic underflow/overflow
}
fn add_u16_true(a: u16) -> u16
    requires a <= 65000,
{
    a + 535
}

fn add_i8_false(a: i8, b: i8) -> i8
    requires -64 <= a <= 64, -64 <= b <= 64,
{
    a + b //~ ERROR possible arithmetic underflow/overflow
}
fn add_i8_true(a: i8, b: i8) -> i8
    requires -64 <= a <= 64, -64 <= b <= 63,
{
    a + b
}

fn add_u64_false(a: u64) -> (r: u64)
    requires a < u64::MAX,
    ensures r == a + 2,
{
    a + 2 //~ ERROR possible arithmetic underflow/overflow
}
fn add_u64_true(a: u64) -> (r: u64)
    requires a < u64::MAX - 1,
    ensures r == a + 2,
{
    a + 2
}

fn add_i64_false(a: i64, b: i64) -> i64
    requires a >= 0, b >= 0,
{
    a + b //~ ERROR possible arithmetic underflow/overflow
}
fn add_i64_true(a: i64, b: i64) -> i64
    requires a >= 0, b <= 0,
{
    a + b
}

fn add_usize_false(a: usize, b: usize) -> usize
    requires a <= usize::MAX / 2 + 1, b <= usize::MAX / 2 + 1,
{
    a + b //~ ERROR possible arithmetic underflow/overflow
}
fn add_usize_true(a: usize, b: usize) -> usize
    requires a <= usize::MAX / 2, b <= usize::MAX / 2,
{
    a + b
}

fn main() {
}

} // verus!

// Interval test harnesses: `proofgate::interval(lo, hi)` inputs, sampled by the emulator
// (every input low, every input high, then seeded random values).
use vstd::prelude::*;

verus! {

fn clamp_add(a: u8, b: u8) -> u8 {
    if a as u16 + b as u16 > 255 { 255 } else { a + b }
}

#[test]
fn clamp_add_harness() {
    let a: u8 = proofgate::interval(0, 255);
    let b: u8 = proofgate::interval(0, 255);
    let c = clamp_add(a, b);
    assert(c >= a);
}

#[test]
fn high_end_overflows() {
    let a: u8 = proofgate::interval(200, 255);
    let b = a + 55;
}

// fails only inside the range: the boundaries pass, random samples must find it
#[test]
fn middle_fails() {
    let x: u32 = proofgate::interval(0, 3);
    assert(x == 0 || x == 3);
}

#[test]
fn not_a_harness() {
    let x: u8 = 7;
    assert(x == 7);
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

// A const initializer is exec code: its arithmetic is checked, and its value is the checked one.
const K: u8 = 200 + 100; //~ ERROR possible arithmetic underflow/overflow
const SHIFTED: u32 = 1 << 40; //~ ERROR possible bit shift underflow/overflow
const HALF: u64 = u64::MAX / 0; //~ ERROR possible division by zero
const DERIVED: u16 = (K as u16) * 1000; //~ ERROR possible arithmetic underflow/overflow

fn k_is_not_300() {
    assert(K == 300); //~ ERROR assertion failed
}

fn k_is_a_u8() {
    assert(K > 255); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

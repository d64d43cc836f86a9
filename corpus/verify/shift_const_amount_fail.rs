use vstd::prelude::*;

verus! {

#[verifier::inline]
pub spec const VADDR_MAX_BITS: nat = 48;

const SIGN_BIT: usize = 47;

// its initializer overflows (an error there): its value is only some u8, so nothing exact
const BIG: u8 = 255 + 1; //~ ERROR possible arithmetic underflow/overflow

proof fn off_by_one() {
    assert(1usize << (VADDR_MAX_BITS - 1) as usize == 0x4000_0000_0000); //~ ERROR assertion failed
}

proof fn unknown_amount() {
    assert(1u64 << (BIG as u64) == 1); //~ ERROR assertion failed
}

// 2^63 is what the shift gives, not twice that
fn exec_shift() -> (r: u64)
    ensures r == 0x8000_0000_0000_0000u64 * 2, //~ ERROR postcondition not satisfied
{
    1u64 << (SIGN_BIT as u64 + 16)
}

fn main() {
}

} // verus!

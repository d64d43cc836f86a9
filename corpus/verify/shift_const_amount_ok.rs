use vstd::prelude::*;

verus! {

// A shift by a constant expression (consts, casts, + - *) is the exact shift, as a literal
// amount is, in the main query too (svsm's `1usize << (VADDR_MAX_BITS - 1) as usize`).
#[verifier::inline]
pub spec const VADDR_MAX_BITS: nat = 48;

const SIGN_BIT: usize = 47;

proof fn spec_shift() {
    assert(1usize << (VADDR_MAX_BITS - 1) as usize == 0x8000_0000_0000);
    assert((1usize << (VADDR_MAX_BITS - 1) as usize) - 1 == 0x7fff_ffff_ffff);
    assert(0x8000_0000_0000usize >> (SIGN_BIT - 7) == 0x80);
}

fn exec_shift() -> (r: usize)
    ensures r == 0x8000_0000_0000,
{
    1usize << SIGN_BIT
}

fn main() {
}

} // verus!

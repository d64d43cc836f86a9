use vstd::prelude::*;

verus! {

// Issue 9 class 1: `b << 2 == b * 4` for u32 must fail (the product overflows u32).
proof fn bv_shl_mul_false(b: u32)
{
    assert(b << 2 == b * 4) by (bit_vector); //~ ERROR assertion failed
}
proof fn bv_shl_mul_true(b: u32)
    requires b < 0x1000_0000,
{
    assert(b << 2 == b * 4) by (bit_vector)
        requires b < 0x1000_0000;
}

fn main() {
}

} // verus!

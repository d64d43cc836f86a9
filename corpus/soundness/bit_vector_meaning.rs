use vstd::prelude::*;

verus! {

// A bit-vector claim holds only with its integer meaning (issue 9 class 1): `x + 1` never
// wraps, so it exceeds 255 for x == 255, and a claim that it fits needs x < 255.
proof fn bv_add_wrap_false(x: u8)
{
    assert(x + 1 <= 255) by (bit_vector); //~ ERROR assertion failed
}
proof fn bv_add_wrap_true(x: u8)
    requires x < 255,
{
    assert(x + 1 <= 255) by (bit_vector)
        requires x < 255;
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

// A bit-vector claim holds only with its integer meaning (issue 9 class 1).
proof fn bv_add_wrap_false(x: u8)
{
    assert(x + 1 > x) by (bit_vector); //~ ERROR assertion failed
}
proof fn bv_add_wrap_true(x: u8)
    requires x < 255,
{
    assert(x + 1 > x) by (bit_vector)
        requires x < 255;
}

fn main() {
}

} // verus!

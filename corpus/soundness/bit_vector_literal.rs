use vstd::prelude::*;

verus! {

// Issue 9 class 1: 256 is not truncated to 0 for a u8 operand.
proof fn bv_lit_false(x: u8)
{
    assert(x != 0 || x == 256) by (bit_vector); //~ ERROR assertion failed
}
proof fn bv_lit_true(x: u8)
{
    assert(x != 255 || x == 255) by (bit_vector);
}

fn main() {
}

} // verus!

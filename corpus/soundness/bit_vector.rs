use vstd::prelude::*;

verus! {

fn and_false(x: u64) -> (r: u64)
    ensures r < 0xff, //~ ERROR postcondition not satisfied
{
    let r = x & 0xff;
    assert(r <= 0xff) by (bit_vector)
        requires r == x & 0xff;
    r
}
fn and_true(x: u64) -> (r: u64)
    ensures r <= 0xff,
{
    let r = x & 0xff;
    assert(r <= 0xff) by (bit_vector)
        requires r == x & 0xff;
    r
}

proof fn bv_or_false(x: u32)
{
    assert(x | 1 == x) by (bit_vector); //~ ERROR assertion failed
}
proof fn bv_or_true(x: u32)
{
    assert((x | 1) & 1 == 1) by (bit_vector);
}

proof fn bv_xor_false(x: u16, y: u16)
{
    assert(x ^ y == x) by (bit_vector); //~ ERROR assertion failed
}
proof fn bv_xor_true(x: u16, y: u16)
{
    assert((x ^ y) ^ y == x) by (bit_vector);
}

proof fn bv_shr_false(x: u32)
{
    assert(x >> 1 == x) by (bit_vector); //~ ERROR assertion failed
}
proof fn bv_shr_true(x: u32)
{
    assert(x >> 1 <= x) by (bit_vector);
}

proof fn bv_mask_false(x: u64)
{
    assert(x & 7 < 7) by (bit_vector); //~ ERROR assertion failed
}
proof fn bv_mask_true(x: u64)
{
    assert(x & 7 < 8) by (bit_vector);
}

fn main() {
}

} // verus!

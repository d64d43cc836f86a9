//@ no-verify
// `u64::MAX`-style constants for every integer type.
use vstd::prelude::*;

verus! {

fn limits() -> (r: u64)
    ensures
        r == u64::MAX,
{
    let a: u8 = u8::MAX;
    let b: i32 = i32::MIN;
    let c: u32 = u16::BITS;
    let d: usize = usize::MAX;
    let e: i128 = i128::MAX;
    let f: isize = isize::MIN;
    assert(a == 255);
    assert(b < 0);
    assert(c == 16);
    assert(d == 0xffff_ffff_ffff_ffff);
    assert(e > 0 && f < 0);
    u64::MAX
}

spec fn fits_u32(x: int) -> bool {
    0 <= x <= u32::MAX
}

fn main() {
}

} // verus!

//@ no-verify
// Casts, bit operators, shifts, unary operators, compound assignment.
use vstd::prelude::*;

verus! {

fn ops(a: u64, b: u64) -> u64
    requires
        b < 64,
{
    let mut x = a & 0xff;
    x = x | 0x100;
    x = x ^ 0x1;
    x = x >> 2;
    x <<= 1;
    x &= 0xffff;
    x |= 1;
    x ^= 2;
    x >>= 1;
    let small = x as u8;
    let wide = small as u64;
    let n: i64 = -5;
    let m = -n;
    let f = !true;
    (wide < 300) as u64
}

fn main() {
}

} // verus!

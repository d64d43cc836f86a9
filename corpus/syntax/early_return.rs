//@ no-verify
// return, nested blocks, else-if chains, tuples.
use vstd::prelude::*;

verus! {

fn sign(x: i64) -> (r: i8)
    ensures
        x > 0 ==> r == 1,
        x < 0 ==> r == -1,
        x == 0 ==> r == 0,
{
    if x > 0 {
        return 1;
    } else if x < 0 {
        return -1;
    }
    0
}

fn split(x: u64) -> (u64, u64) {
    let lo = x & 0xffff_ffff;
    let hi = {
        let t = x >> 32;
        t
    };
    (lo, hi)
}

fn unit() {
    return;
}

fn main() {
}

} // verus!

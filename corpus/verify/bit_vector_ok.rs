use vstd::prelude::*;

verus! {

fn f(x: u64) -> (r: u64)
    ensures r <= 0xff,
{
    let r = x & 0xff;
    assert(r <= 0xff) by (bit_vector)
        requires r == x & 0xff;
    r
}

fn main() {
}

} // verus!

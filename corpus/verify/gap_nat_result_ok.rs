use vstd::prelude::*;

verus! {

// A spec fn's result lies in its return type: `nat` results are >= 0, `u8` ones <= 255.
spec fn count(s: Seq<int>) -> nat
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { count(s.drop_last()) + 1 }
}

spec fn size(x: int) -> nat;

spec fn low(x: u64) -> u8 {
    (x % 256) as u8
}

spec fn opaque_byte(x: int) -> u8;

proof fn results_in_type(s: Seq<int>, x: u64) {
    assert(count(s) >= 0);
    assert(size(3) >= 0);
    assert(low(x) <= 255);
    assert(opaque_byte(-5) <= 255);
    assert(0 <= opaque_byte(7));
}

fn main() {
}

} // verus!

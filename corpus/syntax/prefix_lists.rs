//@ no-verify
// Prefix &&& and ||| lists, with nesting.
use vstd::prelude::*;

verus! {

spec fn in_range(x: int, lo: int, hi: int) -> bool {
    &&& lo <= x
    &&& x < hi
    &&& ||| x == lo
        ||| x > lo
}

proof fn use_range(x: int)
    requires
        &&& 0 <= x
        &&& x < 10,
    ensures
        in_range(x, 0, 10),
{
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

spec fn count(s: Seq<int>) -> nat
    decreases s.len(),
{
    if s.len() == 0 { 0 } else { count(s.drop_last()) + 1 }
}

spec fn size(x: int) -> nat;

spec fn opaque_byte(x: int) -> u8;

proof fn beyond_the_type(s: Seq<int>) {
    assert(count(s) >= 1); //~ ERROR assertion failed
    assert(size(3) > 0); //~ ERROR assertion failed
    assert(opaque_byte(1) <= 254); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

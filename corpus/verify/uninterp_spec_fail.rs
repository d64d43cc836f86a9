use vstd::prelude::*;

verus! {

uninterp spec fn mystery(x: int) -> int;
proof fn p() {
    assert(mystery(1) == mystery(1));
    assert(mystery(1) == 1); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

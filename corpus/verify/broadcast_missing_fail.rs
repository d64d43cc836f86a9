use vstd::prelude::*;

verus! {

spec fn dbl(x: int) -> int;
proof fn lemma_dbl(x: int)
    ensures #[trigger] dbl(x) == x + x,
{
    assume(false);
}
proof fn p() {
    assert(dbl(3) == 6); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

spec fn dbl(x: int) -> int;
broadcast proof fn lemma_dbl(x: int)
    ensures #[trigger] dbl(x) == x + x,
{
    assume(false);
}
broadcast use lemma_dbl;
proof fn p() {
    assert(dbl(3) == 6);
}

fn main() {
}

} // verus!

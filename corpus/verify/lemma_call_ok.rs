use vstd::prelude::*;

verus! {

spec fn sq(x: int) -> int { x * x }
proof fn lemma_sq_nonneg(x: int)
    ensures sq(x) >= 0,
{
    assert(x * x >= 0) by (nonlinear_arith);
}
proof fn use_lemma(y: int) {
    lemma_sq_nonneg(y);
    assert(sq(y) >= 0);
}

fn main() {
}

} // verus!

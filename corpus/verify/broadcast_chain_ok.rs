use vstd::prelude::*;

verus! {

// Broadcast lemmas may build on each other without a cycle, and a lemma's proof may call a
// helper proof fn: the helper simply does not assume the lemma that calls it.
spec fn dbl(x: int) -> int { x + x }
spec fn quad(x: int) -> int { dbl(dbl(x)) }

broadcast proof fn lemma_dbl(x: int)
    ensures #[trigger] dbl(x) == 2 * x,
{
}

proof fn helper(x: int)
    ensures quad(x) == 4 * x,
{
    assert(dbl(x) == 2 * x);
    assert(dbl(dbl(x)) == 2 * dbl(x));
}

broadcast proof fn lemma_quad(x: int)
    ensures #[trigger] quad(x) == 4 * x,
{
    helper(x);
}

broadcast use lemma_dbl, lemma_quad;

proof fn use_them() {
    assert(quad(3) == 12);
    assert(dbl(5) == 10);
}

fn main() {
}

} // verus!

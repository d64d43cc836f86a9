//@ no-verify
// Proof statements belong in proof and exec code; spec fns are plain expressions.
use vstd::prelude::*;

verus! {

spec fn double(x: int) -> int {
    let y = x + x;
    y
}

proof fn lemma(x: int)
    ensures double(x) == 2 * x
{
    assert(double(x) == x + x);
}

fn main() {
    proof {
        lemma(3);
    }
}

} // verus!

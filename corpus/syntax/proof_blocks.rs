//@ no-verify
// proof blocks in exec code, ghost and tracked lets.
use vstd::prelude::*;

verus! {

proof fn lemma_trivial(x: int)
    ensures
        x == x,
{
}

fn exec_with_proof(x: u64) -> u64 {
    proof {
        lemma_trivial(x as int);
    }
    let ghost g: int = x as int + 1;
    let ghost h = g * 2;
    assert(h == 2 * g);
    x
}

fn main() {
}

} // verus!

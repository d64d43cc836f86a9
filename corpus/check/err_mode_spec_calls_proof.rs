//@ no-verify
// Spec code cannot call a proof fn either.
use vstd::prelude::*;

verus! {

proof fn lemma() -> (r: int)
    ensures
        r == 1,
{
    1
}

spec fn uses_lemma() -> int {
    lemma() //~ ERROR cannot call function `err_mode_spec_calls_proof::lemma` with mode proof
}

fn main() {
}

} // verus!

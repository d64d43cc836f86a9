// A spec fn's termination check may use the broadcast lemmas in force, but not one whose
// proof relies on that fn: its definition (assumed in the lemma's proof) is what is at stake.
use vstd::prelude::*;

verus! {

spec fn f(n: nat) -> nat
    decreases n,
{
    f(n) + 1 //~ ERROR could not prove termination
}

broadcast proof fn lie(n: nat)
    ensures
        #[trigger] f(n) == f(n),
        n < n,
{
    assert(f(n) == f(n) + 1); //~ ERROR assertion failed
}

broadcast use lie;

} // verus!

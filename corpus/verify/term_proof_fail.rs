use vstd::prelude::*;

verus! {

proof fn lemma_loop(n: nat)
    decreases n,
{
    lemma_loop(n + 1); //~ ERROR could not prove termination
}

fn main() {
}

} // verus!

//@ no-verify
// Exec code calls proof fns only inside `proof { }`.
use vstd::prelude::*;

verus! {

proof fn lemma_pos(x: int)
    requires
        x > 0,
    ensures
        x >= 1,
{
}

fn f(x: u32) {
    if x > 0 {
        lemma_pos(x as int); //~ ERROR cannot call proof function from exec mode
        proof {
            lemma_pos(x as int);
        }
    }
}

fn main() {
}

} // verus!

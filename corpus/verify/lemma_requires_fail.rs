use vstd::prelude::*;

verus! {

proof fn lemma_pos(x: int)
    requires
        x > 0, //~ NOTE failed precondition
    ensures x + 1 > 1,
{ }
proof fn use_lemma(y: int) {
    lemma_pos(y); //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!

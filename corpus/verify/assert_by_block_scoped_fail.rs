use vstd::prelude::*;

verus! {

proof fn lemma_pos(x: int)
    requires x > 0,
    ensures x * x > 0,
{
    assume(false);
}
fn f(a: u32) {
    assert(a > 0 || a == 0) by {
        assume(false);
    }
    assert(a > 0); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

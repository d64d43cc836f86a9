// A `broadcast use` lemma whose ensures Proofgate cannot encode is left out of every proof
// (knowing less is sound), and each failure says so; proofs that do not need it still verify.
use vstd::prelude::*;
verus! {
pub uninterp spec fn f(x: int) -> int;

pub broadcast proof fn lemma_f_pos(x: int)
    ensures #[trigger] f(x) > 0, Seq::<int>::empty().to_set() =~= Set::empty(), //~ ERROR not supported: `Seq::to_set` in this position
{
    assume(false);
}

broadcast use lemma_f_pos;

proof fn needs_lemma(x: int) {
    assert(f(x) > 0); //~ ERROR assertion failed
}

proof fn without_lemma(x: int) {
    assert(x + 1 > x);
}

proof fn false_claim(x: int) {
    assert(x > x); //~ ERROR assertion failed
}
}

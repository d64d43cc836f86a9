// A broadcast lemma is an axiom made of its contract: a proof body the verifier cannot encode
// makes the lemma itself unsupported, yet the functions that `broadcast use` it still assume
// its `ensures` (as Verus does, the body being checked on its own); claims beyond it fail.
use vstd::prelude::*;
verus! {
pub struct A { pub i: u8 }

impl A {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { self.i > 10 }
}

pub uninterp spec fn f(x: int) -> int;

pub broadcast proof fn lemma_f_pos(x: int, a: A)
    ensures #[trigger] f(x) > 0,
{
    use_type_invariant(a); //~ ERROR not supported: `use_type_invariant` on a value that is neither exec nor tracked
    assume(false);
}

broadcast use lemma_f_pos;

proof fn uses_lemma(x: int) {
    assert(f(x) > 0);
}

proof fn beyond_lemma(x: int) {
    assert(f(x) > 1); //~ ERROR assertion failed
}
}

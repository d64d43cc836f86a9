// `reveal(f)` of an opaque spec fn of a generic impl reveals it at every type argument (as in
// Verus): the lemma's `self.r()` is f at the impl's own parameter. Unrevealed, it stays hidden.
use vstd::prelude::*;

verus! {

pub ghost struct Q<T> {
    pub c: usize,
    pub t: T,
}

impl<T> Q<T> {
    #[verifier(opaque)]
    pub open spec fn r(&self) -> nat {
        (self.c * 2) as nat
    }

    pub proof fn lemma(&self)
        ensures
            self.r() == self.c * 2,
    {
        reveal(Q::r);
    }

    pub proof fn lemma_hidden(&self)
        ensures
            self.r() == self.c * 2, //~ ERROR postcondition not satisfied
    {
    }
}

proof fn at_u8(q: Q<u8>) {
    reveal(Q::r);
    assert(q.r() == q.c * 2);
}

proof fn at_u8_hidden(q: Q<u8>) {
    assert(q.r() == q.c * 2); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

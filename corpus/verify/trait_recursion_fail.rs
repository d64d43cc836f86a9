// A trait lemma proved by calling itself through a bound is a cycle: it needs a termination proof.
use vstd::prelude::*;

verus! {

pub struct S;

pub trait Lemma {
    proof fn lemma_false()
        ensures false;
}

proof fn helper<T: Lemma>()
    ensures false,
{
    T::lemma_false(); //~ ERROR could not prove termination
}

impl Lemma for S {
    proof fn lemma_false() {
        helper::<S>(); //~ ERROR could not prove termination
    }
}

proof fn use_it() {
    S::lemma_false();
    assert(false);
}

fn main() {}

} // verus!

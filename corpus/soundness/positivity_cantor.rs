// Cantor's argument against a datatype that contains a function of itself: were
// `R { f: spec_fn(R) -> bool }` a datatype, the closure `|r: R| !(r.f)(r)` applied to the
// value built from it would equal its own negation, and `ensures false` would verify.
// Verus rejects the type (its positivity rule); so does Proofgate, and the crate's proofs,
// which could rest on the type's axioms, are not run.
use vstd::prelude::*;

verus! {

pub struct R {
    pub f: spec_fn(R) -> bool, //~ ERROR Type positivity_cantor::R recursively uses type positivity_cantor::R in a non-positive position
}

pub open spec fn diagonal(r: R) -> bool {
    !(r.f)(r)
}

proof fn contradiction()
    ensures
        false,
{
    let x = R { f: |r: R| diagonal(r) };
    assert((x.f)(x) == diagonal(x));
}

} // verus!

//@ no-verify
// Verus's positivity rule: a datatype may contain itself only in strictly positive
// positions. With `struct R { f: spec_fn(R) -> bool }` accepted, the closure
// `|r: R| !(r.f)(r)` proves `false` (Cantor's argument; corpus/soundness/positivity_cantor.rs).
use vstd::prelude::*;

verus! {

pub struct InDomain {
    pub f: spec_fn(InDomain) -> bool, //~ ERROR Type err_positivity::InDomain recursively uses type err_positivity::InDomain in a non-positive position
}

pub struct AsSetElement {
    pub s: Set<AsSetElement>, //~ ERROR Type err_positivity::AsSetElement recursively uses type err_positivity::AsSetElement in a non-positive position
}

pub struct AsMapKey {
    pub m: Map<AsMapKey, int>, //~ ERROR Type err_positivity::AsMapKey recursively uses type err_positivity::AsMapKey in a non-positive position
}

pub enum Nested {
    Leaf,
    Node(Option<spec_fn(Seq<Nested>) -> int>), //~ ERROR Type err_positivity::Nested recursively uses type err_positivity::Nested in a non-positive position
}

// through a type parameter that its datatype uses negatively
pub struct Pred<T> {
    pub p: spec_fn(T) -> bool,
}

pub struct ThroughParam {
    pub p: Pred<ThroughParam>, //~ ERROR Type err_positivity::ThroughParam recursively uses type err_positivity::ThroughParam in a non-positive position
}

// mutual recursion: the negative use is reported (Odd's use of Even is positive)
pub struct Even {
    pub next: spec_fn(Odd) -> bool, //~ ERROR Type err_positivity::Even recursively uses type err_positivity::Odd in a non-positive position
}

pub struct Odd {
    pub next: Box<Even>,
}

// an opaque type's parameter is negative unless it says otherwise
#[verifier::external_body]
pub struct Opaque<T> {
    dummy: Option<T>,
}

pub struct ThroughOpaque {
    pub o: Opaque<ThroughOpaque>, //~ ERROR Type err_positivity::ThroughOpaque recursively uses type err_positivity::ThroughOpaque in a non-positive position
}

// reject_recursive_types makes a parameter negative though its fields use it positively
#[verifier::reject_recursive_types(T)]
pub struct Rejecting<T> {
    pub t: Option<T>,
}

pub struct ThroughRejecting {
    pub r: Box<Rejecting<ThroughRejecting>>, //~ ERROR Type err_positivity::ThroughRejecting recursively uses type err_positivity::ThroughRejecting in a non-positive position
}

} // verus!

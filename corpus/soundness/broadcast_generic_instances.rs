use vstd::prelude::*;

verus! {

// A generic broadcast lemma is stated at the concrete instances a proof uses only when it has
// no bounds: a bounded one holds where its bound does, which is not shown for u8 here.
pub trait Small {
    spec fn small(&self) -> bool;
}

pub uninterp spec fn tagged<A>(x: A) -> bool;

#[verifier::external_body]
pub broadcast proof fn small_tagged<A: Small>(x: A)
    ensures
        #[trigger] tagged(x),
{
}

pub uninterp spec fn marked<A>(s: Set<A>) -> bool;

#[verifier::external_body]
pub broadcast proof fn all_marked<A>(s: Set<A>)
    requires
        s.len() > 3,
    ensures
        #[trigger] marked(s),
{
}

broadcast use small_tagged, all_marked;

proof fn bounded_at_u8_false(x: u8) {
    assert(tagged(x)); //~ ERROR assertion failed
}
proof fn bounded_at_u8_true(x: u8) {
    assume(tagged(x));
    assert(tagged(x));
}

// an unbounded one, at Set<u16>: its requires still has to hold
proof fn unbounded_requires_false(s: Set<u16>) {
    assert(marked(s)); //~ ERROR assertion failed
}
proof fn unbounded_requires_true(s: Set<u16>)
    requires
        s.len() == 4,
{
    assert(marked(s));
}

fn main() {
}

} // verus!

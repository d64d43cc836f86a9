// Traits of the crate implemented for primitive types (`impl Halve for u8`): the impl is
// checked against the trait's clauses, and a call at the primitive (or a generic callee used
// at it) is the impl's member.
use vstd::prelude::*;

verus! {

pub trait Halve: Sized {
    spec fn half_spec(self) -> int;

    fn halve(self) -> (r: Self)
        ensures r.half_spec() * 2 <= self.half_spec();

    proof fn lemma_nonneg(x: Self)
        ensures x.half_spec() >= 0;
}

impl Halve for u8 {
    open spec fn half_spec(self) -> int { self as int }
    fn halve(self) -> (r: u8) { self / 2 }
    proof fn lemma_nonneg(x: u8) {}
}

impl Halve for u16 {
    open spec fn half_spec(self) -> int { self as int }
    fn halve(self) -> (r: u16) { self / 4 }
    proof fn lemma_nonneg(x: u16) {}
}

fn at_u8_false(x: u8) {
    let r = x.halve();
    assert(r == x / 4); //~ ERROR assertion failed
}
fn at_u8_true(x: u8) {
    let r = x.halve();
    assert(r * 2 <= x);
}

fn twice<T: Halve>(x: T) -> (r: T)
    ensures r.half_spec() * 4 <= x.half_spec(),
{
    let y = x.halve();
    proof { T::lemma_nonneg(y); }
    y.halve()
}

// through a generic callee, `half_spec` at u16 is the u16 impl's
fn generic_at_u16_false(x: u16) {
    let r = twice(x);
    assert(r * 4 == x); //~ ERROR assertion failed
}
fn generic_at_u16_true(x: u16) {
    let r = twice(x);
    assert(r * 4 <= x);
}

proof fn path_call_false(x: u8) {
    u8::lemma_nonneg(x);
    assert(x.half_spec() > 0); //~ ERROR assertion failed
}
proof fn path_call_true(x: u8) {
    u8::lemma_nonneg(x);
    assert(x.half_spec() >= 0);
}

fn main() {}

} // verus!

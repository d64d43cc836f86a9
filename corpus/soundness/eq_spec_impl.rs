// vstd's `PartialEqSpecImpl`: a hand-written `PartialEq` impl's `eq` must meet `eq_spec`
// (when `obeys_eq_spec()`), and exec `a == b` then means `a.eq_spec(b)`.
use vstd::prelude::*;

verus! {

pub struct Tagged { val: u8, tag: u8 }

impl vstd::std_specs::cmp::PartialEqSpecImpl for Tagged {
    open spec fn obeys_eq_spec() -> bool { true }
    open spec fn eq_spec(&self, other: &Tagged) -> bool { self.val == other.val }
}

impl PartialEq for Tagged {
    fn eq(&self, other: &Tagged) -> bool { self.val == other.val }
}

fn eq_ignores_tag_false(a: Tagged, b: Tagged) {
    let e = a == b;
    assert(e == (a.val == b.val && a.tag == b.tag)); //~ ERROR assertion failed
}
fn eq_ignores_tag_true(a: Tagged, b: Tagged) {
    let e = a == b;
    assert(e == (a.val == b.val));
    assert(e == a.eq_spec(&b));
}

#[derive(PartialEq, Eq)]
pub struct D(u8);

impl vstd::std_specs::cmp::PartialEqSpecImpl<D> for D {
    open spec fn obeys_eq_spec() -> bool { true }
    open spec fn eq_spec(&self, other: &D) -> bool { self.0 == other.0 }
}

// a derived `==` is structural equality
fn derived_false(a: D, b: D) {
    let e = a == b;
    assert(e); //~ ERROR assertion failed
}
fn derived_true(a: D, b: D) {
    let e = a == b;
    assert(e == (a.0 == b.0));
    assert(e == a.eq_spec(&b));
}

fn main() {}

} // verus!

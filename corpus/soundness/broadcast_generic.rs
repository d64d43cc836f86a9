use vstd::prelude::*;

verus! {

// A generic broadcast lemma holds at every type meeting its bounds: it is stated at the
// proving fn's type parameters (and a trait's `Self`) that meet them, and at no other.

pub trait Pos {}
pub trait Other {}
pub trait MorePos: Pos {}
pub trait Wide {}
impl<T: Pos + Copy> Wide for T {}
pub trait Cmp {}
impl<T: PartialOrd> Cmp for T {}

pub uninterp spec fn h<A>(a: A) -> int;
pub uninterp spec fn w<A>(a: A) -> int;
pub uninterp spec fn c<A>(a: A) -> int;

#[verifier::external_body]
pub broadcast proof fn lemma_h<A: Pos>(a: A)
    ensures #[trigger] h(a) > 0,
{
}

#[verifier::external_body]
pub broadcast proof fn lemma_w<A: Wide>(a: A)
    ensures #[trigger] w(a) > 0,
{
}

#[verifier::external_body]
pub broadcast proof fn lemma_c<A: Cmp>(a: A)
    ensures #[trigger] c(a) > 0,
{
}

broadcast use lemma_h, lemma_w, lemma_c;

proof fn bound_met_true<T: Pos>(t: T) {
    assert(h(t) > 0);
}
proof fn bound_met_false<T: Pos>(t: T) {
    assert(h(t) > 1); //~ ERROR assertion failed
}
proof fn bound_unmet_false<T: Other>(t: T) {
    assert(h(t) > 0); //~ ERROR assertion failed
}
proof fn bound_unmet_true<T: Other + Pos>(t: T) {
    assert(h(t) > 0);
}
proof fn supertrait_true<T: MorePos>(t: T) {
    assert(h(t) > 0);
}
proof fn supertrait_false<T: MorePos>(t: T) {
    assert(h(t) > 1); //~ ERROR assertion failed
}
proof fn blanket_true<T: Pos + Copy>(t: T) {
    assert(w(t) > 0);
}
proof fn blanket_false<T: Pos + Copy>(t: T) {
    assert(w(t) > 1); //~ ERROR assertion failed
}
proof fn blanket_unmet_true<T: Pos + Copy + Other>(t: T) {
    assert(w(t) > 0);
}
proof fn blanket_unmet_false<T: Pos>(t: T) {
    assert(w(t) > 0); //~ ERROR assertion failed
}
proof fn std_implied_true<T: Ord>(t: T) {
    assert(c(t) > 0);
}
proof fn std_implied_false<T: Eq>(t: T) {
    assert(c(t) > 0); //~ ERROR assertion failed
}

// the lemma's own parameter name on a fn's parameter that does not meet its bounds
#[verifier::external_body]
pub broadcast proof fn lemma_h2<T: Pos>(a: T)
    ensures #[trigger] w(a) > 5,
{
}

proof fn same_name_false<T: Other>(t: T) {
    broadcast use lemma_h2;
    assert(w(t) > 5); //~ ERROR assertion failed
}
proof fn same_name_true<T: Other + Pos>(t: T) {
    broadcast use lemma_h2;
    assert(w(t) > 5);
}

pub trait Tr: Pos + Sized {
    proof fn self_true(&self)
        ensures h(*self) > 0,
    {
    }
    proof fn self_false(&self)
        ensures h(*self) > 1, //~ ERROR postcondition not satisfied
    {
    }
}

fn main() {
}

} // verus!

// Qualified paths `<T as Tr>::m` to a member of a crate trait: at a known type the impl's
// member, at a type parameter the trait's member through its bound (its specs only).
use vstd::prelude::*;

verus! {

pub trait Tr {
    spec fn val(&self) -> int;

    #[verifier::opaque]
    spec fn hidden(&self) -> int;

    fn get(&self) -> (r: u8)
        ensures r as int == self.val();
}

pub struct S(u8);

impl Tr for S {
    open spec fn val(&self) -> int { self.0 as int }

    #[verifier::opaque]
    open spec fn hidden(&self) -> int { 7 }

    fn get(&self) -> (r: u8) { self.0 }
}

fn known_false(s: S) {
    let r = <S as Tr>::get(&s);
    assert(r == s.0 + 1); //~ ERROR assertion failed
}
fn known_true(s: S) {
    let r = <S as Tr>::get(&s);
    assert(r == s.0);
}

fn bound_false<T: Tr>(t: &T) {
    let r = <T as Tr>::get(t);
    assert(r == 0); //~ ERROR assertion failed
}
fn bound_true<T: Tr>(t: &T) {
    let r = <T as Tr>::get(t);
    assert(r as int == t.val());
}

proof fn reveal_false(s: S) {
    assert(s.hidden() == 7); //~ ERROR assertion failed
}
proof fn reveal_true(s: S) {
    reveal(<S as Tr>::hidden);
    assert(s.hidden() == 7);
}

fn main() {}

} // verus!

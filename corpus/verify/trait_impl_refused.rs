// A trait impl that is not supported (for `Option<u8>`, a blanket `impl<T> Tr for T`) is
// refused, and so is every use of its trait's members at a type it may be the impl for:
// the member would otherwise be the trait's abstract one there, which knows less than Verus.
use vstd::prelude::*;

verus! {

pub trait Cnt {
    spec fn cnt(&self) -> nat;
}

impl Cnt for Option<u8> { //~ ERROR not supported: a trait impl for a type that is not a struct or enum of the crate
    open spec fn cnt(&self) -> nat { 1 }
}

pub struct S { pub v: u8 }

impl Cnt for S {
    open spec fn cnt(&self) -> nat { self.v as nat }
}

pub open spec fn get<T: Cnt>(a: T) -> nat {
    a.cnt() //~ ERROR not supported: `cnt` of a trait at a type whose impl is not supported
}

proof fn use_option(x: Option<u8>) {
    assert(get(x) == 1);
}

// the supported impl serves its own type
proof fn use_struct(s: S) {
    assert(get(s) == s.v);
}

proof fn use_struct_false(s: S) {
    assert(get(s) == s.v + 1); //~ ERROR assertion failed
}

pub trait Dflt {
    spec fn d(&self) -> int;
}

impl<T> Dflt for T { //~ ERROR not supported: a trait impl for a type that is not a struct or enum of the crate
    open spec fn d(&self) -> int { 7 }
}

pub open spec fn getd<T: Dflt>(a: T) -> int {
    a.d() //~ ERROR not supported: `d` of a trait at a type whose impl is not supported
}

proof fn use_blanket(x: u8) {
    assert(getd(x) == 7);
}

fn main() {}

} // verus!

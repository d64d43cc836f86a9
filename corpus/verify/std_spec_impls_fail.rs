// Fail twin of std_spec_impls_ok.rs: each `From` / `Sub` impl body is checked against the
// spec impl of its own argument (`FromSpecImpl<X>`, `SubSpecImpl<R>`), also for a primitive.
use vstd::prelude::*;

verus! {

pub struct A(u64);

impl vstd::std_specs::convert::FromSpecImpl<u64> for A {
    open spec fn obeys_from_spec() -> bool { true }
    open spec fn from_spec(v: u64) -> Self { A(v) } //~ ERROR postcondition not satisfied
}

impl vstd::std_specs::convert::FromSpecImpl<u32> for A {
    open spec fn obeys_from_spec() -> bool { true }
    open spec fn from_spec(v: u32) -> Self { A(v as u64) }
}

impl vstd::std_specs::convert::FromSpecImpl<A> for u64 {
    open spec fn obeys_from_spec() -> bool { true }
    open spec fn from_spec(v: A) -> Self { v.0 } //~ ERROR postcondition not satisfied
}

impl From<u64> for A {
    fn from(v: u64) -> A {
        A(v / 2) //~ NOTE at the end of the function body
    }
}

impl From<u32> for A {
    fn from(v: u32) -> A { A(v as u64) }
}

impl From<A> for u64 {
    fn from(a: A) -> u64 {
        a.0 / 3 //~ NOTE at the end of the function body
    }
}

impl vstd::std_specs::ops::SubSpecImpl<A> for A {
    open spec fn sub_req(self, rhs: A) -> bool { self.0 >= rhs.0 }
    open spec fn obeys_sub_spec() -> bool { true }
    open spec fn sub_spec(self, rhs: A) -> u64 { (self.0 - rhs.0) as u64 }
}

impl vstd::std_specs::ops::SubSpecImpl<u64> for A {
    open spec fn sub_req(self, rhs: u64) -> bool { true }
    open spec fn obeys_sub_spec() -> bool { true }
    open spec fn sub_spec(self, rhs: u64) -> A { A((self.0 - rhs) as u64) }
}

impl core::ops::Sub<A> for A {
    type Output = u64;
    fn sub(self, other: A) -> u64 { self.0 - other.0 }
}

impl core::ops::Sub<u64> for A {
    type Output = A;
    fn sub(self, other: u64) -> A {
        A(self.0 - other) //~ ERROR possible arithmetic underflow/overflow
    }
}

fn main() {}

} // verus!

//@ no-verify
// std trait impls: no requires of their own, the trait's member only; an operator whose
// impl is not verified cannot be used by verified code (its meaning would be a guess).
use vstd::prelude::*;

pub struct Plain(pub u64);

impl PartialEq for Plain {
    fn eq(&self, other: &Plain) -> bool { self.0 != other.0 }
}

verus! {

pub struct A(pub u64);

impl core::ops::Add<u64> for A {
    type Output = A;
    fn add(self, x: u64) -> A
        requires self.0 + x <= u64::MAX, //~ ERROR trait method implementation cannot declare requires clauses
    {
        A(self.0 + x)
    }
}

impl From<u64> for A {
    fn from(x: u64) -> A { A(x) }
    fn extra(x: u64) -> A { A(x) } //~ ERROR not supported: `extra` in an impl of `From`
}

impl core::ops::Sub<u64> for A { //~ ERROR not all trait items implemented, missing: `Output`
    fn sub(self, x: u64) -> A { A(0) }
}

fn plain_eq(a: Plain, b: Plain) -> bool {
    a == b //~ ERROR that is not verified
}

fn add_unknown(a: A) -> A {
    a + undefined_amount //~ ERROR cannot find value `undefined_amount` in this scope
}

fn main() {}

} // verus!

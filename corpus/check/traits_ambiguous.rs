//@ no-verify
// A member name given by two traits is ambiguous: through two bounds, and on a type implementing both.
use vstd::prelude::*;

verus! {

pub struct S;

pub trait A { fn m(&self) -> u8; }
pub trait B { fn m(&self) -> u8; }

impl A for S { fn m(&self) -> u8 { 1 } }
impl B for S { fn m(&self) -> u8 { 2 } }

fn both<T: A + B>(t: &T) -> u8 {
    t.m() //~ ERROR multiple applicable items in scope
}

fn both_path<T: A + B>(t: &T) -> u8 {
    T::m(t) //~ ERROR multiple applicable items in scope
}

fn on_s(s: &S) -> u8 {
    s.m() //~ ERROR multiple applicable items in scope
}

fn by_trait(s: &S) -> u8 {
    A::m(s)
}

fn main() {}

} // verus!

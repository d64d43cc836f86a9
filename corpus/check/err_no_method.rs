//@ no-verify
// Calling a method the type does not have.
use vstd::prelude::*;

verus! {

pub struct P {
    pub x: u32,
}

fn f(p: &P) -> u32 {
    p.size() //~ ERROR no method named `size` found for type `P` in the current scope
}

fn main() {
}

} // verus!

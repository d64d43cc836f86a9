//@ no-verify
// Accessing a field the struct does not have.
use vstd::prelude::*;

verus! {

pub struct P {
    pub x: u32,
}

fn f(p: P) -> u32 {
    p.y //~ ERROR no field `y` on type `P`
}

fn main() {
}

} // verus!

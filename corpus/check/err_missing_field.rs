//@ no-verify
// Struct literals must give every field.
use vstd::prelude::*;

verus! {

pub struct P {
    pub x: u32,
    pub y: u32,
}

fn make() -> P {
    P { x: 1 } //~ ERROR missing field `y` in initializer of `P`
}

fn make_bad_field() -> P {
    P { x: 1, y: 2, z: 3 } //~ ERROR struct `P` has no field named `z`
}

fn main() {
}

} // verus!

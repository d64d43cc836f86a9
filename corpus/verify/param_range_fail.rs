use vstd::prelude::*;

verus! {

fn f(x: u8) {
    assert(x < 255); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

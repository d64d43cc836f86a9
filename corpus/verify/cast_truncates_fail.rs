use vstd::prelude::*;

verus! {

fn f(x: u32) {
    let y = x as u8;
    assert(y == x); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

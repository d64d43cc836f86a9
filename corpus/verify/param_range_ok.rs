use vstd::prelude::*;

verus! {

fn f(x: u8) {
    assert(x <= 255);
    assert(x >= 0);
}

fn main() {
}

} // verus!

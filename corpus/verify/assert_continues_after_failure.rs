use vstd::prelude::*;

verus! {

fn f(x: u64) {
    assert(x > 5); //~ ERROR assertion failed
    assert(x > 4);
}

fn main() {
}

} // verus!

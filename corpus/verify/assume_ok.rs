use vstd::prelude::*;

verus! {

fn f(x: u64) {
    assume(x > 5);
    assert(x > 4);
}

fn main() {
}

} // verus!

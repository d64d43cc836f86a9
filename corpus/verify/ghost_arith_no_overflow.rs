use vstd::prelude::*;

verus! {

fn f(a: u64) {
    let ghost g = a + 1;
    assert(g > a);
}

fn main() {
}

} // verus!

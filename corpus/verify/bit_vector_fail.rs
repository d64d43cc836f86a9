use vstd::prelude::*;

verus! {

fn f(x: u64) {
    let r = x | 1;
    assert(r == x) by (bit_vector) //~ ERROR assertion failed
        requires r == x | 1;
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

proof fn p(a: u64, b: u64) {
    assert(a + b <= u64::MAX); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

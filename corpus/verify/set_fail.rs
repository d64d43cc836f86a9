use vstd::prelude::*;

verus! {

proof fn p() {
    let s: Set<int> = Set::empty().insert(1);
    assert(s.contains(2)); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

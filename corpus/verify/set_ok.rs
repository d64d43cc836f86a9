use vstd::prelude::*;

verus! {

proof fn p() {
    let s: Set<int> = Set::empty().insert(1).insert(2);
    assert(s.contains(1));
    assert(!s.contains(3));
    assert(s.remove(1).contains(2));
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

proof fn p() {
    let m: Map<int, int> = Map::empty().insert(1, 10);
    assert(m.dom().contains(1));
    assert(m[1] == 10);
    assert(!m.remove(1).dom().contains(1));
}

fn main() {
}

} // verus!

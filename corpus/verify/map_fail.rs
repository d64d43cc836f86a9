use vstd::prelude::*;

verus! {

proof fn p() {
    let m: Map<int, int> = Map::empty().insert(1, 10);
    assert(m[1] == 11); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

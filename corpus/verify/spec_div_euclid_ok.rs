use vstd::prelude::*;

verus! {

proof fn p() {
    assert((-7int) / 2 == -4);
    assert((-7int) % 2 == 1);
}

fn main() {
}

} // verus!

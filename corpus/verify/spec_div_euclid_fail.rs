use vstd::prelude::*;

verus! {

proof fn p() {
    assert((-7int) / 2 == -3); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

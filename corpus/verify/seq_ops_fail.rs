use vstd::prelude::*;

verus! {

proof fn p() {
    let s: Seq<int> = seq![1, 2, 3];
    assert(s[2] == 2); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

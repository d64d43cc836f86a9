use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>) {
    let i = choose|i: int| 0 <= i < s.len() && s[i] == 7;
    assert(s[i] == 7); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>) {
    let t = s.push(1);
    assert(t =~= s); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

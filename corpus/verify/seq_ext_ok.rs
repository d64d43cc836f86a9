use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>) {
    let t = s.push(1).drop_last();
    assert(t =~= s);
    assert(t == s);
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>, t: Seq<int>)
    requires s.len() == 1, t.len() == 2,
{
    let w = s + t;
    assert(w.len() == 3);
    assert(w[1] == t[0]);
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>, t: Seq<int>)
    requires s.len() == 1, t.len() == 2,
{
    let w = s + t;
    assert(w[1] == s[0]); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

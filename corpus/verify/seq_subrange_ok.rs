use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>)
    requires s.len() == 5,
{
    let t = s.subrange(1, 3);
    assert(t.len() == 2);
    assert(t[0] == s[1]);
}

fn main() {
}

} // verus!

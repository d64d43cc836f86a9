use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>)
    requires s.len() == 3, s[1] == 7,
{
    assert(exists|i: int| 0 <= i < s.len() && s[i] == 7);
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>)
    requires exists|i: int| 0 <= i < s.len() && s[i] == 7,
{
    let i = choose|i: int| 0 <= i < s.len() && s[i] == 7;
    assert(s[i] == 7);
}

fn main() {
}

} // verus!

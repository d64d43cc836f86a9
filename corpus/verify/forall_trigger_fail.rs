use vstd::prelude::*;

verus! {

proof fn p(s: Seq<int>)
    requires forall|i: int| 0 <= i < s.len() ==> #[trigger] s[i] > 0,
{
    assert(s[1] > 0); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

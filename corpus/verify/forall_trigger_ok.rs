use vstd::prelude::*;

verus! {

spec fn pos(x: int) -> bool { x > 0 }
proof fn p(s: Seq<int>)
    requires forall|i: int| 0 <= i < s.len() ==> #[trigger] s[i] > 0,
             s.len() > 2,
{
    assert(s[1] > 0);
}

fn main() {
}

} // verus!

//@ no-verify
// forall, exists, choose with #![trigger], #![auto] and #[trigger].
use vstd::prelude::*;

verus! {

uninterp spec fn p(x: int) -> bool;

spec fn q(x: int) -> bool {
    x > 0
}

spec fn all_q(s: Seq<int>) -> bool {
    forall|i: int| 0 <= i < s.len() ==> #[trigger] q(s[i])
}

spec fn some_q(s: Seq<int>) -> bool {
    exists|i: int| #![auto] 0 <= i < s.len() && q(s[i])
}

spec fn pair_trigger(s: Seq<int>) -> bool {
    forall|i: int, j: int| #![trigger s[i], s[j]] 0 <= i < j < s.len() ==> s[i] <= s[j]
}

spec fn pick(s: Seq<int>) -> int
    recommends
        some_q(s),
{
    choose|i: int| 0 <= i < s.len() && q(s[i])
}

fn main() {
}

} // verus!

//@ no-verify
// forall / exists / choose, with triggers.
use vstd::prelude::*;

verus! {

spec fn is_even(x: int) -> bool {
    x % 2 == 0
}

spec fn all_even(s: Seq<int>) -> bool {
    forall|i: int| 0 <= i < s.len() ==> #[trigger] is_even(s[i])
}

spec fn some_big(s: Seq<u64>) -> bool {
    exists|i: int| #![auto] 0 <= i < s.len() && s[i] > 100
}

spec fn pick(s: Seq<u64>) -> int
    recommends
        some_big(s),
{
    choose|i: int| 0 <= i < s.len() && s[i] > 100
}

proof fn pairs()
    ensures
        forall|a: nat, b: nat| #![trigger a + b] a + b >= a,
{
}

fn main() {
}

} // verus!

//@ no-verify
// Untyped quantifier binders whose first use is an index in a trigger are ints; arithmetic
// on a user type with operator trait impls is not supported without echo errors.
use vstd::prelude::*;

verus! {

spec fn pairwise_small(s: Seq<u64>) -> bool {
    forall|i, j|
        #![trigger s[i], s[j]]
        0 <= i < s.len() && 0 <= j < s.len() ==> s[i] + s[j] < 100
}

proof fn use_it(s: Seq<u64>)
    requires
        pairwise_small(s),
        s.len() > 1,
{
    assert forall|k| #![trigger s[k]] 0 <= k < s.len() implies s[k] < 100 by {
        assert(s[k] + s[k] < 100);
    }
}

fn main() {
}

} // verus!

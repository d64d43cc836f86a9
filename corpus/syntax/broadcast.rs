//@ no-verify
// broadcast proof fn and broadcast use.
use vstd::prelude::*;

verus! {

spec fn inc(x: int) -> int {
    x + 1
}

pub broadcast proof fn lemma_inc(x: int)
    ensures
        #[trigger] inc(x) > x,
{
}

broadcast use lemma_inc;

proof fn uses_it(y: int) {
    assert(inc(y) > y);
}

fn main() {
}

} // verus!

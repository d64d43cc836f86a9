//@ no-verify
// broadcast proof fns and broadcast use of the project's own lemmas and vstd groups.
use vstd::prelude::*;

verus! {

spec fn f(x: int) -> int {
    x + 1
}

pub broadcast proof fn lemma_f_gt(x: int)
    ensures
        #[trigger] f(x) > x,
{
}

broadcast use lemma_f_gt;

proof fn use_it(y: int) {
    assert(f(y) > y);
}

fn main() {
}

} // verus!

//@ no-verify
// `ensures #![trigger ..]` on a fn that is not `broadcast`: accepted (Verus drops the terms),
// but its terms are checked as spec expressions all the same.
use vstd::prelude::*;

verus! {

spec fn twice(x: int) -> int {
    x + x
}

fn exec_twice(x: u8) -> u16 {
    x as u16 * 2
}

proof fn lemma_ok(x: int)
    ensures
        #![trigger twice(x)]
        twice(x) == 2 * x,
{
}

proof fn lemma_exec_trigger(x: u8)
    ensures
        #![trigger exec_twice(x)] //~ ERROR cannot call function
        x + x == 2 * x,
{
}

proof fn lemma_unknown_trigger(x: int)
    ensures
        #![trigger thrice(x)] //~ ERROR cannot find function `thrice`
        twice(x) == 2 * x,
{
}

fn main() {}

} // verus!

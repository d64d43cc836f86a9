//@ no-verify
// Function modes: exec, proof, spec; open/closed; uninterp; const fn.
use vstd::prelude::*;

verus! {

spec fn double(x: int) -> int {
    x * 2
}

pub open spec fn is_even(x: int) -> bool {
    x % 2 == 0
}

pub closed spec fn hidden(x: int) -> int {
    x + 1
}

uninterp spec fn mystery(x: int) -> bool;

proof fn lemma_double(x: int)
    ensures
        double(x) == x + x,
{
}

exec fn add_one(x: u32) -> u32
    requires
        x < 100,
{
    x + 1
}

const fn zero() -> u64 {
    0
}

fn main() {
}

} // verus!

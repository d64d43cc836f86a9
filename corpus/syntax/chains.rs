//@ no-verify
// Chained comparisons.
use vstd::prelude::*;

verus! {

spec fn between(a: int, b: int, c: int) -> bool {
    a <= b < c
}

spec fn descending(a: int, b: int, c: int) -> bool {
    a > b >= c
}

spec fn all_equal(a: int, b: int, c: int) -> bool {
    a == b == c
}

fn main() {
}

} // verus!

//@ no-verify
// Inline modules and paths.
use vstd::prelude::*;

verus! {

mod util {
    use vstd::prelude::*;

    pub fn one() -> (r: u64)
        ensures
            r == 1,
    {
        1
    }

    pub mod inner {
        pub open spec fn two() -> int {
            2
        }
    }
}

use util::one;

fn call_it() -> (r: u64)
    ensures
        r == 1,
{
    util::one()
}

spec fn two_again() -> int {
    util::inner::two()
}

fn main() {
}

} // verus!

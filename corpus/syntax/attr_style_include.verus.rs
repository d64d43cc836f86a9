//@ no-verify
use vstd::prelude::*;

verus! {

pub open spec fn helper_spec() -> int {
    7
}

fn helper_value() -> (r: u64)
    ensures
        r == helper_spec(),
{
    7
}

} // verus!

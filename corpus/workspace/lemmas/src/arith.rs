use vstd::prelude::*;

verus! {

pub open spec fn double(x: int) -> int {
    x + x
}

pub uninterp spec fn is_even(x: int) -> bool;

#[verifier::external_body]
pub broadcast proof fn lemma_double_even(x: int)
    ensures
        #[trigger] is_even(double(x)),
{
}

pub uninterp spec fn is_small(x: int) -> bool;

// In the group every crate depending on this one uses (lib.rs)
#[verifier::external_body]
pub broadcast proof fn lemma_double_small(x: int)
    requires
        0 <= x < 10,
    ensures
        #[trigger] is_small(double(x)),
{
}

pub fn checked_double(x: u32) -> (r: u32)
    requires
        x < 1000,
    ensures
        r == double(x as int),
{
    x + x
}

// Proved when `lemmas` is checked itself; from `app` only the spec above is used.
pub fn wrong_body(x: u32) -> (r: u32)
    requires
        x < 10,
    ensures
        r == x + 1,
{
    x
}

} // verus!

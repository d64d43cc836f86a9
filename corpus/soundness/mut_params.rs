use vstd::prelude::*;

verus! {

// Issue 9 class 11. A by-value `mut` parameter in `ensures` means the value on entry.
fn byval_false(mut x: u32) -> (r: u32)
    requires x < 10,
    ensures r == x, //~ ERROR postcondition not satisfied
{
    x = x + 1;
    x
}
fn byval_true(mut x: u32) -> (r: u32)
    requires x < 10,
    ensures r == x + 1,
{
    x = x + 1;
    x
}

fn main() {
}

} // verus!

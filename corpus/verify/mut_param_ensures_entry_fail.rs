use vstd::prelude::*;

verus! {

// A by-value `mut` parameter names its value on entry in `ensures` (callers read it so):
// the body's final `x == 0` does not prove it.
fn zero(mut x: u8) -> (r: u8)
    ensures x == 0 //~ ERROR postcondition not satisfied
{
    x = 0;
    x
}

fn caller() {
    let r = zero(5);
    assert(r == 0);
}

fn main() {
}

} // verus!

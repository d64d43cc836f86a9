use vstd::prelude::*;

verus! {

// Issue 9 class 5: `by (nonlinear_arith)` keeps `old()`.
fn nl_old_false(a: &mut u32)
    requires *old(a) == 2,
{
    *a = 3;
    assert(*old(a) * *old(a) == 9) by (nonlinear_arith) //~ ERROR assertion failed
        requires *a == 3;
}
fn nl_old_true(a: &mut u32)
    requires *old(a) == 2,
{
    *a = 3;
    assert(*old(a) * *old(a) == 4) by (nonlinear_arith)
        requires *old(a) == 2;
}

fn main() {
}

} // verus!

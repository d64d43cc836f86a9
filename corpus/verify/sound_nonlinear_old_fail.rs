use vstd::prelude::*;

verus! {

// In an isolated nonlinear_arith goal, `old(x)` is the entry value, not the current one.
fn f(x: &mut u64)
    requires *old(x) == 2,
{
    *x = 3;
    assert(*old(x) * *old(x) == 9) by (nonlinear_arith) //~ ERROR assertion failed
        requires *x == 3;
    assert(false);
}

fn g(x: &mut u64, y: u64)
    requires *old(x) == 2,
{
    *x = y;
    assert(*old(x) * *old(x) == *x * *x) by (nonlinear_arith); //~ ERROR assertion failed
    assert(y * y == 4);
}

fn main() {
}

} // verus!

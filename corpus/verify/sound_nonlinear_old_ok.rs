use vstd::prelude::*;

verus! {

fn f(x: &mut u64)
    requires *old(x) == 2,
{
    *x = 3;
    assert(*old(x) * *old(x) == 4) by (nonlinear_arith)
        requires *old(x) == 2;
    assert(*x * *x == 9) by (nonlinear_arith)
        requires *x == 3;
    assert(*old(x) * *old(x) + *x * *x == 13);
}

fn main() {
}

} // verus!

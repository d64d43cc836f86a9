use vstd::prelude::*;

verus! {

fn f(a: u32, b: u32)
    requires a > 0, b > 0,
{
    assert(a * b > 0) by (nonlinear_arith)
        requires a > 0, b > 0;
}

fn main() {
}

} // verus!

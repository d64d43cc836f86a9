use vstd::prelude::*;

verus! {

fn f(a: u32, b: u32) {
    assert(a * b > 0) by (nonlinear_arith); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

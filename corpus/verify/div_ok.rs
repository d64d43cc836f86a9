use vstd::prelude::*;

verus! {

fn f(a: u64, b: u64) -> (r: u64)
    requires b > 0,
    ensures r <= a,
{
    a / b
}

fn main() {
}

} // verus!

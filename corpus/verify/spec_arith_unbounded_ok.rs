use vstd::prelude::*;

verus! {

fn f(a: u64, b: u64) -> (r: bool)
    ensures r == (a + b > u64::MAX),
{
    a > u64::MAX - b
}

fn main() {
}

} // verus!

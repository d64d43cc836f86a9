use vstd::prelude::*;

verus! {

fn f(a: u64) -> (r: u64)
    ensures r < 8,
{
    a % 8
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn f(a: u64) -> (r: u64)
    ensures r == a / 16,
{
    a >> 4
}

fn main() {
}

} // verus!

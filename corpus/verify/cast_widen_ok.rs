use vstd::prelude::*;

verus! {

fn f(x: u8) -> (r: u64)
    ensures r == x,
{
    x as u64
}

fn main() {
}

} // verus!

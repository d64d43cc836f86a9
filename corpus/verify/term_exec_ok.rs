use vstd::prelude::*;

verus! {

fn countdown(n: u64) -> (r: u64)
    ensures r == 0,
    decreases n,
{
    if n == 0 { 0 } else { countdown(n - 1) }
}

fn main() {
}

} // verus!

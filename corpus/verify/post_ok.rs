use vstd::prelude::*;

verus! {

fn inc(x: u32) -> (r: u32)
    requires x < 100,
    ensures r == x + 1,
{ x + 1 }

fn main() {
}

} // verus!

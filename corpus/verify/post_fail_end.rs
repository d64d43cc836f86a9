use vstd::prelude::*;

verus! {

fn inc(x: u32) -> (r: u32)
    requires x < 100,
    ensures
        r == x + 2, //~ ERROR postcondition not satisfied
{ x + 1 }

fn main() {
}

} // verus!

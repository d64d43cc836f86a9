use vstd::prelude::*;

verus! {

fn set_it(x: &mut u64)
    ensures *x == 3,
{ *x = 3; }

fn main() {
}

} // verus!

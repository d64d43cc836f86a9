use vstd::prelude::*;

verus! {

fn set_it(x: &mut u64)
    ensures
        *x == 4, //~ ERROR postcondition not satisfied
{ *x = 3; }

fn main() {
}

} // verus!

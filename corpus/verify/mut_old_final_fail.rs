use vstd::prelude::*;

verus! {

fn swap(a: &mut u32, b: &mut u32)
    ensures
        *final(a) == *old(a), //~ ERROR postcondition not satisfied
{
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
}

} // verus!

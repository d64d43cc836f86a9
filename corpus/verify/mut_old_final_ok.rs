use vstd::prelude::*;

verus! {

fn swap(a: &mut u32, b: &mut u32)
    ensures *final(a) == *old(b), *final(b) == *old(a),
{
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

// Re-pointing a `&mut` parameter and writing through it must not credit the write to the
// original referent (the caller would otherwise prove `x == 5`).
fn set(mut a: &mut u8, b: &mut u8)
    ensures *a == 5
{
    a = b; //~ ERROR not supported: reassigning a `&mut` reference
    *a = 5;
}

fn moved(a: &mut u8)
    ensures *a == *old(a)
{
    let r = a; //~ ERROR not supported: a `&mut` reference held in a variable
    *r = 5;
}

fn main() {
}

} // verus!

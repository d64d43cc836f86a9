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

fn in_tuple(a: &mut u8)
    ensures *a == *old(a)
{
    let t = (a, 1u8); //~ ERROR not supported: a `&mut` reference held in a variable
    *t.0 = 5;
}

fn in_option(o: Option<&mut u8>) { //~ ERROR not supported: a `&mut` reference inside a parameter type
}

fn main() {
}

} // verus!

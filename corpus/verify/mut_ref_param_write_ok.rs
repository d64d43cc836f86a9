use vstd::prelude::*;

verus! {

// Writing through a `&mut` parameter (not re-pointed) reaches the caller's variable.
fn set(a: &mut u8, b: &mut u8)
    ensures *a == 5, *b == *old(b)
{
    *a = 5;
}

fn caller() {
    let mut x: u8 = 0;
    let mut y: u8 = 7;
    set(&mut x, &mut y);
    assert(x == 5 && y == 7);
}

fn main() {
}

} // verus!

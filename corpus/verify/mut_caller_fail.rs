use vstd::prelude::*;

verus! {

fn incr(a: &mut u32)
    requires *old(a) < 10,
    ensures *a == *old(a) + 1,
{
    *a = *a + 1;
}
fn caller() {
    let mut x: u32 = 3;
    incr(&mut x);
    assert(x == 3); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

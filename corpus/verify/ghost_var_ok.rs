use vstd::prelude::*;

verus! {

fn f(x: u32) -> (r: u32)
    requires x < 10,
    ensures r == x + 1,
{
    let ghost old_x = x;
    let y = x + 1;
    assert(y == old_x + 1);
    y
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn f(b: bool, x: u32) -> (r: u32)
    requires x < 100,
    ensures r >= x,
{
    let mut y = x;
    if b { y = y + 1; } else { y = y + 2; }
    y
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

// `x` in `ensures` is the value passed in; the body may change its own copy.
fn add_one(mut x: u8) -> (r: u8)
    requires x < 255,
    ensures r == x + 1, x < 255
{
    x = x + 1;
    x
}

fn caller() {
    let r = add_one(5);
    assert(r == 6);
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn f(a: u16) -> u16
    requires a < 100,
{
    let mut x = a;
    x += 1;
    x *= 2;
    x
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn f(a: u32, b: u32) -> u32
    requires a >= b,
{
    a - b
}

fn main() {
}

} // verus!

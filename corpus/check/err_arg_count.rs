//@ no-verify
// Wrong number of arguments.
use vstd::prelude::*;

verus! {

fn add(a: u32, b: u32) -> u32
    requires
        a < 10,
        b < 10,
{
    a + b
}

fn g() -> u32 {
    add(1) //~ ERROR this function takes 2 arguments but 1 argument was supplied
}

fn main() {
}

} // verus!

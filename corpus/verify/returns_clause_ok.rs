use vstd::prelude::*;

verus! {

fn id(x: u32) -> u32
    returns x,
{
    x
}

fn main() {
}

} // verus!

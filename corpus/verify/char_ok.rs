use vstd::prelude::*;

verus! {

fn f(c: char) -> (r: u32)
    ensures r <= 0x10ffff,
{
    c as u32
}

fn main() {
}

} // verus!

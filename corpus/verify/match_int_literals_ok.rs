use vstd::prelude::*;

verus! {

fn f(x: u8) -> (r: u8)
    ensures r <= 2,
{
    match x {
        0 => 0,
        1 | 2 => 1,
        _ => 2,
    }
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn f(x: Option<u32>) -> (r: u32)
    ensures x.is_none() ==> r == 0,
{
    match x {
        Some(v) => v,
        None => 0,
    }
}

fn main() {
}

} // verus!

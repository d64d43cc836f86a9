use vstd::prelude::*;

verus! {

fn pair(a: u32) -> (r: (u32, bool))
    ensures r.0 == a, r.1,
{
    (a, true)
}

fn main() {
}

} // verus!

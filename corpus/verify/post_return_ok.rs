use vstd::prelude::*;

verus! {

fn pick(b: bool) -> (r: u32)
    ensures r > 0,
{
    if b {
        return 5;
    }
    1
}

fn main() {
}

} // verus!

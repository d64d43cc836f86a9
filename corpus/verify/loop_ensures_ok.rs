use vstd::prelude::*;

verus! {

fn f() -> (r: u32)
    ensures r == 10,
{
    let mut i: u32 = 0;
    loop
        invariant i <= 10,
        ensures i == 10,
        decreases 10 - i,
    {
        if i == 10 { break; }
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!

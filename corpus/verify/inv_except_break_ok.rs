use vstd::prelude::*;

verus! {

fn f() -> (r: u32)
    ensures r == 7,
{
    let mut i: u32 = 0;
    loop
        invariant_except_break i <= 7,
        ensures i == 7,
        decreases 7 - i,
    {
        if i == 7 { break; }
        i = i + 1;
    }
    i
}

fn main() {
}

} // verus!

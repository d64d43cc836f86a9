use vstd::prelude::*;

verus! {

fn f(n: u32)
    requires n > 5,
{
    let mut i: u32 = 0;
    while i < 3
        invariant i <= 3, n > 5,
        decreases 3 - i,
    {
        assert(n > 5);
        i = i + 1;
    }
}

fn main() {
}

} // verus!

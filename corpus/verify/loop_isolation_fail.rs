//@ no-infer (Verus's loop isolation as such: with inference, `n > 5` is re-proved as an invariant and used)
use vstd::prelude::*;

verus! {

fn f(n: u32)
    requires n > 5,
{
    let mut i: u32 = 0;
    while i < 3
        invariant i <= 3,
        decreases 3 - i,
    {
        assert(n > 5); //~ ERROR assertion failed
        i = i + 1;
    }
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn counts_every_iteration() {
    let mut c: u32 = 0;
    for mut i in 0..10u32
        invariant c == i, c <= 10,
    {
        i = i + 5;
        c = c + 1;
    }
    assert(c == 10);
}

fn main() {
}

} // verus!

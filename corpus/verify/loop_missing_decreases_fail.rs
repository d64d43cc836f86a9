use vstd::prelude::*;

verus! {

fn f() {
    let mut i: u32 = 0;
    loop //~ ERROR loop must have a decreases clause
        invariant i <= 10,
    {
        if i >= 10 { break; }
        i = i + 1;
    }
}

fn main() {
}

} // verus!

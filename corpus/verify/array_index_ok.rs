use vstd::prelude::*;

verus! {

fn f(a: [u32; 4], i: usize) -> u32
    requires i < 4,
{
    a[i]
}

fn main() {
}

} // verus!

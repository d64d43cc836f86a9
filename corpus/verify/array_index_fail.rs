use vstd::prelude::*;

verus! {

fn f(a: [u32; 4], i: usize) -> u32 {
    a[i] //~ ERROR precondition not met: index in bounds for this access
}

fn main() {
}

} // verus!

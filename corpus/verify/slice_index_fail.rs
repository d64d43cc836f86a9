use vstd::prelude::*;

verus! {

fn f(a: &[u8]) -> u8 {
    a[0] //~ ERROR precondition not met: index in bounds for this access
}

fn main() {
}

} // verus!

//@ no-verify
// An unknown type in a signature.
use vstd::prelude::*;

verus! {

fn f(x: Widget) -> u32 { //~ ERROR cannot find type `Widget` in this scope
    0
}

fn main() {
}

} // verus!

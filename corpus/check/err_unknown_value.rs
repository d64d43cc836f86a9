//@ no-verify
// An unknown local name.
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    y //~ ERROR cannot find value `y` in this scope
}

fn main() {
}

} // verus!

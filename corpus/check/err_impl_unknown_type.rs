//@ no-verify
// An impl block for a type that does not exist.
use vstd::prelude::*;

verus! {

impl Missing { //~ ERROR cannot find type `Missing` in this scope
    fn get(&self) -> u32 {
        0
    }
}

fn main() {
}

} // verus!

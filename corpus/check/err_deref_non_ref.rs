//@ no-verify
// Only references and boxes can be dereferenced in exec code.
use vstd::prelude::*;

verus! {

fn f(x: u32) -> u32 {
    *x //~ ERROR type `u32` cannot be dereferenced
}

fn main() {
}

} // verus!

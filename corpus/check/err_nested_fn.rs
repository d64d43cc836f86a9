//@ no-verify
// Items nested in function bodies are outside the subset.
use vstd::prelude::*;

verus! {

fn outer(x: u32) -> u32 {
    fn inner(y: u32) -> u32 { //~ ERROR not supported: items nested inside function bodies
        y
    }
    x
}

fn main() {
}

} // verus!

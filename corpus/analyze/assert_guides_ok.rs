// An assertion narrows the analysis after it (the verifier proves the assertion itself).
use vstd::prelude::*;
verus! {
fn next(x: u32) -> u32 {
    assert(x < 1000);
    x + 1
}
} // verus!

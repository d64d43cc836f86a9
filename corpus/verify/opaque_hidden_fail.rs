use vstd::prelude::*;

verus! {

#[verifier::opaque]
spec fn secret(x: int) -> int { x + 1 }
proof fn p() {
    assert(secret(1) == 2); //~ ERROR assertion failed
}

fn main() {
}

} // verus!

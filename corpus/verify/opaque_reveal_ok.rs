use vstd::prelude::*;

verus! {

#[verifier::opaque]
spec fn secret(x: int) -> int { x + 1 }
proof fn p() {
    reveal(secret);
    assert(secret(1) == 2);
}

fn main() {
}

} // verus!

//@ no-verify
// #[verifier::opaque] spec fns and reveal(f).
use vstd::prelude::*;

verus! {

#[verifier::opaque]
spec fn secret(x: int) -> bool {
    x > 5
}

proof fn use_secret()
    ensures
        secret(6),
{
    reveal(secret);
}

fn main() {
}

} // verus!

//@ no-verify
// Spec code is evaluated, never verified: a proof block or assertion in it would never be
// checked, so it is not supported (rather than silently skipped).
use vstd::prelude::*;

verus! {

spec fn with_proof_block(x: int) -> int {
    proof { //~ ERROR not supported: `proof { }` in spec code
        assert(false);
    }
    x
}

spec fn with_assert(x: int) -> int {
    assert(x > 0); //~ ERROR not supported: `assert` in spec code
    x
}

fn in_requires(x: u8)
    requires
        ({
            assume(false); //~ ERROR not supported: `assume` in spec code
            true
        }),
{
}

fn main() {
}

} // verus!

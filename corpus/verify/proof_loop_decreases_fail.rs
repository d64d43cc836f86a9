use vstd::prelude::*;

verus! {

// Proof code must terminate: a loop in a proof fn or a proof block needs `decreases`
// (else `loop {}` proves anything), even where exec loops may go without one.
proof fn endless()
    ensures false
{
    loop { //~ ERROR loop must have a decreases clause
    }
}

#[verifier::exec_allows_no_decreases_clause]
fn in_proof_block()
    ensures false
{
    proof {
        let mut i: int = 0;
        loop { //~ ERROR loop must have a decreases clause
            i = i + 1;
        }
    }
}

fn main() {
}

} // verus!

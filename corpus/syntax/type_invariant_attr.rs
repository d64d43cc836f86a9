//@ no-verify
// Type invariants and opaque spec functions with reveal.
use vstd::prelude::*;

verus! {

pub struct Even {
    v: u64,
}

impl Even {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool {
        self.v % 2 == 0
    }

    pub fn zero() -> Self {
        Even { v: 0 }
    }
}

#[verifier::opaque]
spec fn secret(x: int) -> bool {
    x > 3
}

proof fn reveal_it()
    ensures
        secret(4),
{
    reveal(secret);
}

fn main() {
}

} // verus!

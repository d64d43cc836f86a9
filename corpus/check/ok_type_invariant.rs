//@ no-verify
// A #[verifier::type_invariant] spec fn on a struct.
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

    pub fn get(&self) -> u64 {
        self.v
    }
}

fn main() {
}

} // verus!

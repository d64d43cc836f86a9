use vstd::prelude::*;

verus! {

pub struct Even { v: u32 }
impl Even {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool {
        self.v % 2 == 0
    }
    fn make(x: u32) -> Even
        requires x < 1000,
    {
        Even { v: x * 2 }
    }
}

fn main() {
}

} // verus!

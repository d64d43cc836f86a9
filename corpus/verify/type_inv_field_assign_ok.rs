use vstd::prelude::*;

verus! {

pub struct Small { v: u32 }
impl Small {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { self.v < 100 }
    fn reset(&mut self) {
        self.v = 0;
    }
}

fn main() {
}

} // verus!

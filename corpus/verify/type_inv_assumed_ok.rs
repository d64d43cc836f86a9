use vstd::prelude::*;

verus! {

pub struct Small(u32);
impl Small {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { self.0 < 100 }
    fn double(&self) -> u32 {
        self.0 * 2
    }
}

fn main() {
}

} // verus!

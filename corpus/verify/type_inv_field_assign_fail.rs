use vstd::prelude::*;

verus! {

pub struct Small { v: u32 }
impl Small {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { self.v < 100 }
    fn bump(&mut self) {
        self.v = self.v + 1; //~ ERROR constructed value may fail to meet its declared type invariant
    }
}

fn main() {
}

} // verus!

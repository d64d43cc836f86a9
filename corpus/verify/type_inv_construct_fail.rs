use vstd::prelude::*;

verus! {

pub struct Even { v: u32 }
impl Even {
    #[verifier::type_invariant]
    spec fn inv(&self) -> bool { //~ NOTE type invariant declared here
        self.v % 2 == 0
    }
    fn make(x: u32) -> Even {
        Even { v: x } //~ ERROR constructed value may fail to meet its declared type invariant
    }
}

fn main() {
}

} // verus!

// Members of a trait or trait impl that is not supported are not verified (their own
// errors would be consequences); the rest of the crate still is.
use vstd::prelude::*;

verus! {

pub struct S {
    pub v: u64,
}

pub trait Conv {
    type Out<T>; //~ ERROR not supported: generic associated types
    fn conv(&self) -> u64;

    fn bad(&self) -> u64 {
        true //~ ERROR mismatched types
    }
}

impl Conv for S {
    type Out<T> = u64; //~ ERROR not supported: generic associated types
    fn conv(&self) -> u64 {
        self.v
    }
}

fn good() {
    assert(1u64 + 1 == 2);
}

} // verus!

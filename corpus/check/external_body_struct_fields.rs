//@ no-verify
// An `#[verifier::external_body]` struct is opaque: its fields are not visible to verified
// code (no read, no literal, no pattern), even in its own module.
use vstd::prelude::*;

verus! {

#[verifier::external_body]
pub struct Opaque {
    x: u64,
}

impl Opaque {
    pub uninterp spec fn view(&self) -> int;

    #[verifier::external_body]
    pub fn new() -> (r: Opaque)
        ensures r.view() == 0,
    {
        Opaque { x: 0 }
    }
}

fn read(o: &Opaque) -> u64 {
    o.x //~ ERROR the fields of `Opaque` are not visible to verification (it is a #[verifier::external_body] struct)
}

fn build() -> Opaque {
    Opaque { x: 1 } //~ ERROR the fields of `Opaque` are not visible to verification (it is a #[verifier::external_body] struct)
}

fn take(o: Opaque) {
    let Opaque { x } = o; //~ ERROR the fields of `Opaque` are not visible to verification (it is a #[verifier::external_body] struct)
}

fn fine() {
    let o = Opaque::new();
    assert(o.view() == 0);
}

} // verus!

// Fail twin of eq_spec_impl_ok.rs: a hand-written `eq` is checked against `eq_spec`.
use vstd::prelude::*;

verus! {

pub struct Tagged { val: u8, tag: u8 }

impl vstd::std_specs::cmp::PartialEqSpecImpl for Tagged {
    open spec fn obeys_eq_spec() -> bool { true }
    open spec fn eq_spec(&self, other: &Tagged) -> bool { self.val == other.val } //~ ERROR postcondition not satisfied
}

impl PartialEq for Tagged {
    fn eq(&self, other: &Tagged) -> bool {
        self.val == other.val && self.tag == other.tag //~ NOTE at the end of the function body
    }
}

fn main() {}

} // verus!

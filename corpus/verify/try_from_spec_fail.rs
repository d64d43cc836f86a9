// Fail twin of try_from_spec_ok.rs: the body of `TryFrom::try_from` is checked against the
// `try_from_spec` of the `TryFromSpecImpl` of its argument (here it errs where the spec is `Ok`).
use vstd::prelude::*;

verus! {

pub enum Small { Zero, One }

impl vstd::std_specs::convert::TryFromSpecImpl<u8> for Small {
    open spec fn obeys_try_from_spec() -> bool { true }
    open spec fn try_from_spec(v: u8) -> Result<Self, Self::Error> { //~ ERROR postcondition not satisfied
        if v == 0 { Ok(Small::Zero) } else { Ok(Small::One) }
    }
}

impl TryFrom<u8> for Small {
    type Error = ();
    fn try_from(v: u8) -> Result<Self, Self::Error> {
        if v == 0 { Ok(Small::Zero) } else if v == 1 { Ok(Small::One) } else { Err(()) }
    }
}

fn main() {}

} // verus!

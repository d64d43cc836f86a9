// Ok twin of try_from_spec_fail.rs: the body of `TryFrom::try_from` meets the `try_from_spec`
// of its argument's `TryFromSpecImpl` (`Err` where the spec is `Err`).
use vstd::prelude::*;

verus! {

pub enum Small { Zero, One }

impl vstd::std_specs::convert::TryFromSpecImpl<u8> for Small {
    open spec fn obeys_try_from_spec() -> bool { true }
    open spec fn try_from_spec(v: u8) -> Result<Self, Self::Error> {
        if v == 0 { Ok(Small::Zero) } else if v == 1 { Ok(Small::One) } else { Err(()) }
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

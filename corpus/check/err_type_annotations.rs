//@ no-verify
// A type that nothing determines must be written down, as rustc requires.
use vstd::prelude::*;

verus! {

spec fn empty_len() -> bool {
    Seq::empty().len() == 0 //~ ERROR type annotations needed
}

spec fn empty_len_ok() -> bool {
    Seq::<u8>::empty().len() == 0
}

fn main() {
}

} // verus!

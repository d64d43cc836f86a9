use vstd::prelude::*;

verus! {

fn f(a: u8) -> u8 {
    a << 8u8 //~ ERROR possible bit shift underflow/overflow
}

fn main() {
}

} // verus!

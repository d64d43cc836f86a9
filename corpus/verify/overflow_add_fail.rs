use vstd::prelude::*;

verus! {

fn f(a: u8, b: u8) -> u8 {
    a + b //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!

use vstd::prelude::*;

verus! {

fn f(a: u32, b: u32) -> u32 {
    a - b //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!

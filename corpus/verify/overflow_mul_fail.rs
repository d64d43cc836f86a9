use vstd::prelude::*;

verus! {

fn f(a: u64) -> u64 {
    a * 2 //~ ERROR possible arithmetic underflow/overflow
}

fn main() {
}

} // verus!

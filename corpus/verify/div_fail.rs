use vstd::prelude::*;

verus! {

fn f(a: u64, b: u64) -> u64 {
    a / b //~ ERROR possible division by zero
}

fn main() {
}

} // verus!

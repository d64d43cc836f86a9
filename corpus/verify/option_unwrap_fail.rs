use vstd::prelude::*;

verus! {

fn f(x: Option<u32>) -> u32 {
    x.unwrap() //~ ERROR precondition not satisfied
}

fn main() {
}

} // verus!
